// The delivery worker as a child process, for the tests that kill it. Built once per run with
// esbuild from the same source (api/src/bot/deliveryWorkerMain.ts, its npm dependencies left
// external) into .test-data/: node then starts it in 2-3 s on a loaded machine instead of the
// 9-10 s tsx takes to load and transpile the API's modules on every start.
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { build } from "esbuild";

const root = join(import.meta.dirname, "../../..");
const outfile = join(root, ".test-data/delivery-worker/worker.mjs");
let built: Promise<unknown> | undefined;

export function buildWorker(): Promise<unknown> {
  built ??= build({
    entryPoints: [join(root, "api/src/bot/deliveryWorkerMain.ts")],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "warning",
    plugins: [
      {
        name: "npm-packages-external",
        // Workspace packages (TypeScript sources) are bundled; npm packages load from node_modules.
        setup: (b) => b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith("@campus-westum/") ? undefined : { path: args.path, external: true })),
      },
    ],
  });
  return built;
}

/** Starts the worker in its own process group (kill it with process.kill(-pid, signal)). */
export async function startWorkerProcess(env: Record<string, string>): Promise<ChildProcess> {
  await buildWorker();
  return spawn(process.execPath, [outfile], { cwd: root, env: { ...process.env, ...env }, detached: true, stdio: "ignore" });
}
