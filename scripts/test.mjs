// `npm test`: every test, from a fresh clone, and the type check. Installs Node.js 22, the
// dependencies and Chromium when missing; the suite itself starts Azurite and the other services
// it needs (test/support/globalSetup.ts). Extra arguments go to vitest, e.g. `npm test -- test/api`.
// The type check (`npm run typecheck`) runs alongside vitest, incrementally (its state is kept in
// node_modules/.cache), and its result is printed after the tests'; either failing fails the run.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { ensureChromium, ensureSetup, root } from "./lib/setup.mjs";

await ensureSetup();
const chromium = ensureChromium();

/** Runs a command; resolves to its exit code, its output (when captured) and its duration. */
function run(command, args, { capture = false, env = process.env } = {}) {
  const started = performance.now();
  const child = spawn(command, args, { cwd: root, env, stdio: capture ? ["ignore", "pipe", "pipe"] : "inherit" });
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  return new Promise((resolve) => child.on("close", (code) => resolve({ code: code ?? 1, output, seconds: (performance.now() - started) / 1000 })));
}

const bin = (name) => join(root, "node_modules", ".bin", name);
const tsconfig = "tsconfig.json";
const typecheck = run(bin("tsc"), ["-p", tsconfig, "--noEmit", "--incremental", "--tsBuildInfoFile", join(root, "node_modules", ".cache", "campus-westum", "tsc.tsbuildinfo")], { capture: true });
const tests = await run(bin("vitest"), ["run", ...process.argv.slice(2)], { env: { ...process.env, CHROMIUM_PATH: chromium } });
const types = await typecheck;

const seconds = types.seconds.toFixed(1);
if (types.code === 0) console.log(`\nTypes: no errors (tsc -p ${tsconfig} --noEmit, ${seconds} s).`);
else {
  const errors = types.output.match(/error TS\d+/g)?.length ?? 0;
  const what = errors > 0 ? `${errors} error${errors === 1 ? "" : "s"}` : `the check failed (exit ${types.code})`;
  console.error(`\nTypes: ${what} (tsc -p ${tsconfig} --noEmit, ${seconds} s):\n${types.output.trim()}`);
}
process.exit(tests.code !== 0 ? tests.code : types.code);
