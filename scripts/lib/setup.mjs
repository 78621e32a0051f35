// First-run setup shared by `npm start`, `npm test`, `npm run bench` and `npm run package`.
// Plain Node with no dependencies, because it runs before `npm install` has.
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runNpm, runUnderPinnedNode } from "./node22.mjs";

// fileURLToPath, not URL.pathname: a clone in "/home/x/en mapp å" has %20 and %C3%A5 in its URL.
export const root = fileURLToPath(new URL("../..", import.meta.url));

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status})`);
}

/**
 * Node.js 22 and the dependencies: on an older Node this installs both and runs the calling script
 * again under Node 22 (see node22.mjs); the returned promise then never resolves.
 */
export async function ensureSetup() {
  await runUnderPinnedNode(root, installDependencies);
  if (!dependenciesAreCurrent()) installDependencies(process.execPath);
}

/** The dependencies are installed and no older than the lock file. */
function dependenciesAreCurrent() {
  const marker = join(root, "node_modules", ".package-lock.json");
  const lock = join(root, "package-lock.json");
  return existsSync(marker) && (!existsSync(lock) || statSync(marker).mtimeMs >= statSync(lock).mtimeMs);
}

/** npm ci on a fresh clone, npm install when the lock file changed; npm runs under `nodePath`. */
function installDependencies(nodePath) {
  const fresh = existsSync(join(root, "package-lock.json")) && !existsSync(join(root, "node_modules", ".package-lock.json"));
  console.log(`Installing dependencies with Node.js ${nodeVersionOf(nodePath)} (first run)...`);
  runNpm(nodePath, [fresh ? "ci" : "install", "--no-audit", "--no-fund"], { cwd: root });
}

function nodeVersionOf(nodePath) {
  return nodePath === process.execPath ? process.version : spawnSync(nodePath, ["--version"], { encoding: "utf8" }).stdout.trim();
}

export const CHROMIUM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

export function findChromium() {
  return [process.env.CHROMIUM_PATH, ...CHROMIUM_CANDIDATES].find((path) => path && existsSync(path));
}

/** Browser tests need Chromium: installed from Debian's packages when it is missing. */
export function ensureChromium() {
  if (findChromium()) return findChromium();
  if (process.getuid?.() !== 0) {
    throw new Error("Chromium is missing and this is not root: install it with `sudo apt-get install -y chromium`, or set CHROMIUM_PATH.");
  }
  console.log("Installing Chromium from Debian's packages (first run)...");
  run("apt-get", ["update", "-qq"]);
  run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium", "fonts-dejavu-core"], {
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  const path = findChromium();
  if (!path) throw new Error("apt-get installed chromium but no chromium binary was found");
  return path;
}
