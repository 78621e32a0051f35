// Installs the Microsoft 365 Agents Toolkit CLI (`atk`) apart from the app's dependencies, once,
// into .test-data/atk (git-ignored), and prints the path of its bin. Why apart: the CLI brings
// ~550 packages the app never loads, and its install scripts need libsecret; --ignore-scripts
// skips them (the commands the tests use need no keychain).
//   node scripts/ensure-atk.mjs          install if missing, print the bin path
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** Pinned so the yml schema and the commands the tests run do not move under them. */
export const ATK_VERSION = "1.1.17";
export const ATK_PACKAGE = "@microsoft/m365agentstoolkit-cli";

const root = fileURLToPath(new URL("..", import.meta.url));
export const atkDir = join(root, ".test-data", "atk");
export const atkBin = join(atkDir, "node_modules", ".bin", process.platform === "win32" ? "atk.cmd" : "atk");
export const atkPackageDir = join(atkDir, "node_modules", ...ATK_PACKAGE.split("/"));

/** Returns the bin path; throws with npm's own output when the install fails. */
export function ensureAtk({ timeoutMs = 240_000 } = {}) {
  if (existsSync(atkBin)) return atkBin;
  mkdirSync(atkDir, { recursive: true });
  // A package.json of its own, so npm does not walk up into the workspace root.
  writeFileSync(join(atkDir, "package.json"), JSON.stringify({ name: "atk-cli-for-tests", private: true }, null, 2));
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const result = spawnSync(
    npm,
    ["install", "--prefix", atkDir, "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel", "error", `${ATK_PACKAGE}@${ATK_VERSION}`],
    { encoding: "utf8", timeout: timeoutMs },
  );
  if (result.status !== 0 || !existsSync(atkBin)) {
    const why = result.error ? String(result.error) : `exit code ${result.status}`;
    throw new Error(`Installing ${ATK_PACKAGE}@${ATK_VERSION} into ${atkDir} failed (${why}):\n${result.stderr || result.stdout}`);
  }
  return atkBin;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = Date.now();
  console.log(ensureAtk());
  console.error(`atk ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
