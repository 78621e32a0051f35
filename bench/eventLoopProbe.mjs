// Loaded into the API's process by a bench (node --import): how long the API's own event loop
// was held, which a latency seen from outside cannot separate from CPU the process never got.
// On SIGUSR2 it writes the event-loop delay and CPU time since the last signal to the file named
// by BENCH_PROBE_FILE, then starts counting again.
import { renameSync, writeFileSync } from "node:fs";
import { monitorEventLoopDelay } from "node:perf_hooks";

/** Milliseconds; Node samples the loop with a timer this often and records how late it fired. */
const RESOLUTION_MS = 1;
const file = process.env.BENCH_PROBE_FILE;

if (file) {
  const delay = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  delay.enable();
  let cpuSince = process.cpuUsage();
  let wallSince = performance.now();
  let sequence = 0;
  process.on("SIGUSR2", () => {
    const cpu = process.cpuUsage(cpuSince);
    const ms = (ns) => Math.round(ns / 1e4) / 100;
    // Written aside and renamed, so that the bench never reads half a file.
    writeFileSync(
      `${file}.part`,
      JSON.stringify({
        sequence: ++sequence,
        resolutionMs: RESOLUTION_MS,
        // The histogram holds each sample's whole interval (resolution plus lateness), in ns.
        p50Ms: ms(delay.percentile(50)),
        p99Ms: ms(delay.percentile(99)),
        maxMs: ms(delay.max),
        cpuMs: Math.round((cpu.user + cpu.system) / 1000),
        wallMs: Math.round(performance.now() - wallSince),
      }),
    );
    renameSync(`${file}.part`, file);
    delay.reset();
    cpuSince = process.cpuUsage();
    wallSince = performance.now();
  });
}
