// The API's local host with bench/eventLoopProbe.mjs loaded into its process, and the probe's
// figures read on demand: how long the API's own event loop was held during a phase, and its CPU.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { freePort, startService, waitForHttp } from "../scripts/lib/processes.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));

/** The API's local host with the event-loop probe loaded into its process (node --import). */
export async function startProbedApi(env: Record<string, string>, probeFile: string) {
  const port = await freePort();
  const probe = fileURLToPath(new URL("./eventLoopProbe.mjs", import.meta.url));
  const service = startService("api", process.execPath, ["--import", "tsx", "--import", probe, join(root, "api/src/dev/main.ts")], {
    env: { ...env, API_PORT: String(port), BENCH_PROBE_FILE: probeFile },
    quiet: true,
  });
  await waitForHttp(`http://127.0.0.1:${port}/api/health`, { accept: (s: number) => s === 200 }).catch((error: Error) => {
    throw new Error(`${error.message}\n${service.output().slice(-3000)}`);
  });
  return { ...service, url: `http://127.0.0.1:${port}` };
}

/** Asks the API's probe for its figures since the last ask and waits until they are written. */
export async function readProbe(pid: number, file: string): Promise<{ p50Ms: number; p99Ms: number; maxMs: number; cpuMs: number }> {
  const sequenceOf = () => {
    try {
      return (JSON.parse(readFileSync(file, "utf8")) as { sequence: number }).sequence;
    } catch {
      return 0;
    }
  };
  const before = sequenceOf();
  process.kill(pid, "SIGUSR2");
  for (let waited = 0; sequenceOf() === before; waited += 20) {
    if (waited > 10_000) throw new Error("The API's event-loop probe did not answer (was bench/eventLoopProbe.mjs loaded?)");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return JSON.parse(readFileSync(file, "utf8"));
}
