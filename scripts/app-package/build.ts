// Builds the Teams app package for one environment: render ${{PLACEHOLDERS}} from
// env/.env.<env>, validate everything offline, and zip manifest.json, the icons and the
// localization files at the root of appPackage/build/appPackage.<env>.zip.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { checkColorIcon, checkOutlineIcon } from "./icons.js";
import { readEnvFile, renderPlaceholders, type EnvValues } from "./placeholders.js";
import { lookupKey, validateLocalization, validateManifest, type Json } from "./validate.js";

export class AppPackageError extends Error {
  constructor(readonly problems: string[]) {
    super(`The app package is not valid:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "AppPackageError";
  }
}

export type PreparedPackage = {
  manifest: Json;
  /** File name at the zip root -> bytes, in zip order. */
  files: Map<string, Uint8Array>;
};

const readJson = (path: string): Json => JSON.parse(readFileSync(path, "utf8"));
const toBytes = (doc: Json) => strToU8(`${JSON.stringify(doc, null, 2)}\n`);

/** Names of the environments that have an env/.env.<name> file. */
export function listEnvironments(root: string): string[] {
  return readdirSync(join(root, "env"))
    .map((f) => /^\.env\.([^.]+)$/.exec(f)?.[1])
    .filter((n): n is string => n !== undefined)
    .sort();
}

export function readEnvironment(root: string, env: string): EnvValues {
  const path = join(root, "env", `.env.${env}`);
  if (!existsSync(path))
    throw new Error(`No env/.env.${env}; known environments: ${listEnvironments(root).join(", ")}`);
  return readEnvFile(path);
}

/** Localization files the manifest names: the default language's (if any) first. */
export function localizationFiles(manifest: Json): { file: string; isDefault: boolean }[] {
  const info = manifest.localizationInfo as
    | { defaultLanguageFile?: string; additionalLanguages?: { file: string }[] }
    | undefined;
  return [
    ...(info?.defaultLanguageFile ? [{ file: info.defaultLanguageFile, isDefault: true }] : []),
    ...(info?.additionalLanguages ?? []).map(({ file }) => ({ file, isDefault: false })),
  ];
}

/** Renders and checks everything; throws AppPackageError listing every problem found. */
export async function prepareAppPackage(appDir: string, env: EnvValues): Promise<PreparedPackage> {
  const manifest = renderPlaceholders(readJson(join(appDir, "manifest.json")), env, "manifest.json");
  const problems = await validateManifest(manifest);
  const files = new Map([["manifest.json", toBytes(manifest)]]);

  const icons = (manifest.icons ?? {}) as { color?: string; outline?: string };
  for (const [file, check] of [
    [icons.color, checkColorIcon],
    [icons.outline, checkOutlineIcon],
  ] as const) {
    if (!file) continue; // the schema already reported it
    const path = join(appDir, file);
    if (!existsSync(path)) problems.push(`${file}: named in manifest.json but missing`);
    else {
      const bytes = readFileSync(path);
      problems.push(...check(bytes, file));
      files.set(file, bytes);
    }
  }

  const keySets: string[][] = [];
  for (const { file, isDefault } of localizationFiles(manifest)) {
    const path = join(appDir, file);
    if (!existsSync(path)) {
      problems.push(`${file}: named in localizationInfo but missing`);
      continue;
    }
    const loc = renderPlaceholders(readJson(path), env, file);
    problems.push(...(await validateLocalization(loc, manifest, file)));
    // The default language's file repeats the manifest's own strings: they must not drift apart.
    if (isDefault)
      for (const [key, value] of Object.entries(loc))
        if (key !== "$schema" && typeof value === "string" && lookupKey(manifest, key) !== value)
          problems.push(`${file}: "${key}" differs from manifest.json`);
    keySets.push(Object.keys(loc).filter((k) => k !== "$schema").sort());
    files.set(file, toBytes(loc));
  }
  // Every language must translate the same strings, or users see a mix of languages.
  if (keySets.some((keys) => keys.join() !== keySets[0]!.join()))
    problems.push("localization files do not all translate the same keys");

  if (problems.length > 0) throw new AppPackageError(problems);
  return { manifest, files };
}

// A fixed timestamp makes the zip byte-for-byte reproducible (DOS dates start in 1980).
const ZIP_MTIME = new Date(1980, 0, 1);

export function writeZip(files: Map<string, Uint8Array>, zipPath: string): void {
  mkdirSync(dirname(zipPath), { recursive: true });
  writeFileSync(zipPath, zipSync(Object.fromEntries(files), { level: 9, mtime: ZIP_MTIME }));
}

/** The whole `npm run package`: returns the zip path and what went into it. */
export async function buildAppPackage(root: string, env: string, outDir = join(root, "appPackage", "build")) {
  const prepared = await prepareAppPackage(join(root, "appPackage"), readEnvironment(root, env));
  const zipPath = join(outDir, `appPackage.${env}.zip`);
  writeZip(prepared.files, zipPath);
  return { zipPath, ...prepared };
}
