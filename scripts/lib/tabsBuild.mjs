// The tabs as `npm start` serves them: Vite's production build, built once and again only when
// what goes into it changed. Why not the dev server: it pre-bundles the whole of
// @fluentui/react-icons into one 17 MB file that the browser loads on every page load (about
// 10 s a page here); the build tree-shakes it to the few icons used. `npm run dev` keeps the dev
// server for hot reload.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { promisify } from "node:util";
import { root } from "./setup.mjs";

/** Everything the tabs' build reads: their sources, the API contract they import, the lock file. */
const BUILD_INPUTS = ["tabs/src", "tabs/vite", "tabs/index.html", "tabs/vite.config.ts", "tabs/securityHeaders.ts", "tabs/package.json", "tabs/public", "api/src/contract", "package-lock.json"];
/** Build settings the bundle depends on (tabs/vite.config.ts and import.meta.env read them). */
const BUILD_ENV = ["VITE_API_BASE_URL", "VITE_TEAMS_HOST_ORIGINS"];

function filesUnder(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** A hash of the build's inputs (contents, not times: a fresh clone has new times, the same bytes). */
export function tabsSourceHash(env = process.env, base = root) {
  const hash = createHash("sha256");
  const files = BUILD_INPUTS.flatMap((input) => filesUnder(join(base, input))).sort();
  for (const file of files) hash.update(relative(base, file).split(sep).join("/")).update("\0").update(readFileSync(file)).update("\0");
  for (const name of BUILD_ENV) hash.update(`${name}=${env[name] ?? ""}\0`);
  return hash.digest("hex");
}

/**
 * Builds the tabs into `outDir` unless the build there came from the same inputs.
 * Resolves to whether it built and how long that took.
 */
export async function ensureTabsBuild(outDir) {
  const stamp = join(outDir, ".campus-build-inputs");
  const inputs = tabsSourceHash();
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === inputs) return { built: false, seconds: 0 };
  const started = performance.now();
  console.log("Building the tabs (again only when their sources change)...");
  const vite = join(root, "node_modules", ".bin", "vite");
  try {
    await promisify(execFile)(vite, ["build", "--outDir", outDir, "--emptyOutDir", "--logLevel", "warn"], { cwd: join(root, "tabs"), maxBuffer: 16 * 2 ** 20 });
  } catch (error) {
    throw new Error(`Building the tabs failed:\n${error.stdout ?? ""}\n${error.stderr ?? error.message}`);
  }
  mkdirSync(outDir, { recursive: true });
  writeFileSync(stamp, inputs);
  return { built: true, seconds: (performance.now() - started) / 1000 };
}
