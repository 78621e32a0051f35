// Validation of a rendered manifest and its localization files against the official Teams
// JSON schemas that npm @microsoft/app-manifest bundles (v1.0 - v1.30).
//
// Offline on purpose: AppManifestUtils.validateAgainstSchema(manifest) without a schema looks the
// $schema URL up in the package and falls back to fetching it over the internet. We always load
// the bundled file ourselves and pass it in, so validation can never touch the network.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { AppManifestUtils, type AppManifest } from "@microsoft/app-manifest";

export type Json = Record<string, unknown>;
type SchemaKind = "manifest" | "localization";

const SCHEMA_FILE: Record<SchemaKind, string> = {
  manifest: "MicrosoftTeams.schema.json",
  localization: "MicrosoftTeams.Localization.schema.json",
};

const packageRoot = dirname(createRequire(import.meta.url).resolve("@microsoft/app-manifest/package.json"));

/** Path of the bundled schema for a manifest version such as "1.30". */
export function schemaPath(manifestVersion: string, kind: SchemaKind): string {
  return join(packageRoot, "build", "json-schemas", "teams", `v${manifestVersion}`, SCHEMA_FILE[kind]);
}

/** The public URL a file of this version and kind should name in its "$schema". */
export function schemaUrl(manifestVersion: string, kind: SchemaKind): string {
  return `https://developer.microsoft.com/en-us/json-schemas/teams/v${manifestVersion}/${SCHEMA_FILE[kind]}`;
}

function loadSchema(manifestVersion: string, kind: SchemaKind) {
  const path = schemaPath(manifestVersion, kind);
  let raw: string;
  try {
    raw = readFileSync(path, "utf8");
  } catch (cause) {
    throw new Error(`No bundled ${kind} schema for manifest version ${manifestVersion} (${path})`, { cause });
  }
  // The official localization schemas (v1.8 - v1.30) have two keys "^activities.activityTypes\[\b(...)\b]\..."
  // with an unescaped "]". .NET and non-unicode JS read it as a literal "]"; ajv compiles patterns
  // with the "u" flag, where it is a syntax error. Escaping it keeps the meaning and lets ajv compile.
  if (kind === "localization") raw = raw.replaceAll(String.raw`\\b]`, String.raw`\\b\\]`);
  return JSON.parse(raw);
}

async function validateAgainst(doc: Json, manifestVersion: string, kind: SchemaKind): Promise<string[]> {
  const errors = await AppManifestUtils.validateAgainstSchema(
    doc as unknown as AppManifest,
    loadSchema(manifestVersion, kind),
  );
  return errors.map((e) => `${kind} schema: ${e}`);
}

/** Schema errors of a rendered manifest, plus the checks the schema cannot express. */
export async function validateManifest(manifest: Json): Promise<string[]> {
  const version = String(manifest.manifestVersion);
  const errors = await validateAgainst(manifest, version, "manifest");
  if (manifest.$schema !== schemaUrl(version, "manifest"))
    errors.push(`$schema should be ${schemaUrl(version, "manifest")} for manifestVersion ${version}`);

  // Teams SSO: the token resource must be api://<a domain the app loads from>/<the Entra client id>.
  const app = manifest.webApplicationInfo as { id?: string; resource?: string } | undefined;
  const domains = (manifest.validDomains as string[] | undefined) ?? [];
  if (app?.resource) {
    const match = /^api:\/\/([^/]+)\/(.+)$/.exec(app.resource);
    if (!match || !domains.includes(match[1]!) || match[2] !== app.id)
      errors.push(`webApplicationInfo.resource should be api://<one of validDomains>/${app.id}, is ${app.resource}`);
  }
  return errors;
}

/** Resolves a localization key such as "bots[0].commandLists[2].commands[5].title" in the manifest. */
export function lookupKey(manifest: Json, key: string): unknown {
  let node: unknown = manifest;
  for (const part of key.split(".")) {
    const [, name, indexes = ""] = /^([^[]+)((?:\[\d+\])*)$/.exec(part) ?? [];
    if (name === undefined) return undefined;
    node = (node as Json | undefined)?.[name];
    for (const [, i] of indexes.matchAll(/\[(\d+)\]/g)) node = (node as unknown[] | undefined)?.[Number(i)];
  }
  return node;
}

/**
 * Errors of one localization file: the localization schema of the manifest's version (which
 * rejects unknown keys), its "$schema" version, and every key naming a string that exists in
 * the manifest (the schema accepts e.g. staticTabs[9].name even if there is no tenth tab).
 */
export async function validateLocalization(loc: Json, manifest: Json, file: string): Promise<string[]> {
  const version = String(manifest.manifestVersion);
  const errors = (await validateAgainst(loc, version, "localization")).map((e) => `${file}: ${e}`);
  if (loc.$schema !== schemaUrl(version, "localization"))
    errors.push(`${file}: $schema should be ${schemaUrl(version, "localization")} (same version as the manifest)`);
  for (const key of Object.keys(loc)) {
    if (key === "$schema" || key === "localizationKeys") continue;
    if (typeof lookupKey(manifest, key) !== "string")
      errors.push(`${file}: key "${key}" names nothing in manifest.json`);
  }
  return errors;
}
