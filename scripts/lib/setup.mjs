// First-run setup shared by `npm start`, `npm test` and `npm run bench`. Plain Node with no
// dependencies, because it runs before `npm install` has.
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";

export const root = new URL("../..", import.meta.url).pathname;

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status})`);
}

/** Installs the workspaces' dependencies when they are missing or older than the lock file. */
export function ensureDependencies() {
  const marker = join(root, "node_modules", ".package-lock.json");
  const lock = join(root, "package-lock.json");
  if (existsSync(marker) && (!existsSync(lock) || statSync(marker).mtimeMs >= statSync(lock).mtimeMs)) return;
  console.log("Installing dependencies (first run)...");
  run("npm", [existsSync(lock) && !existsSync(marker) ? "ci" : "install", "--no-audit", "--no-fund"]);
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
