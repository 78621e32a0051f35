// Seconds from `npm start` to a directory that answers: the time until a member search through
// the tabs' dev server (and its /api proxy) returns results, with dependencies installed.
// Measured for a first start (empty data folder: Azurite starts, the sample data is seeded)
// and a second start that reuses the data. Also checks that Ctrl-C (SIGINT) stops everything.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, isPortFree } from "../scripts/lib/processes.mjs";
import { round } from "./stats.js";

export interface StartupResult {
  firstStartSeconds: number;
  secondStartSeconds: number;
  stoppedCleanly: boolean;
}

async function startOnce(dataDir: string): Promise<{ seconds: number; stoppedCleanly: boolean }> {
  const ports = { AZURITE_BLOB_PORT: await freePort(), AZURITE_QUEUE_PORT: await freePort(), AZURITE_TABLE_PORT: await freePort(), API_PORT: await freePort(), TABS_PORT: await freePort() };
  const env = { ...process.env, CAMPUS_DATA_DIR: dataDir, ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])) };
  const started = performance.now();
  const child = spawn(process.execPath, ["scripts/start.mjs"], { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const tabs = `http://127.0.0.1:${ports.TABS_PORT}`;
  const deadline = Date.now() + 180_000;
  let seconds: number | undefined;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      const token = await fetch(`${tabs}/api/dev/token`, { method: "POST", body: JSON.stringify({ userId: "teacher" }) });
      if (token.ok) {
        const { accessToken } = (await token.json()) as { accessToken: string };
        const search = await fetch(`${tabs}/api/members?q=falkoping`, { headers: { Authorization: `Bearer ${accessToken}` } });
        const page = await fetch(`${tabs}/directory`);
        if (search.ok && ((await search.json()) as { total: number }).total > 0 && page.ok) {
          seconds = (performance.now() - started) / 1000;
          break;
        }
      }
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  if (seconds === undefined) {
    child.kill("SIGKILL");
    throw new Error(`npm start did not answer:\n${output.slice(-3000)}`);
  }
  child.kill("SIGINT");
  await new Promise((resolve) => child.once("exit", resolve));
  const freed = await Promise.all(Object.values(ports).map((p) => isPortFree(p)));
  return { seconds, stoppedCleanly: freed.every(Boolean) };
}

export async function benchStartup(): Promise<StartupResult> {
  const dataDir = mkdtempSync(join(tmpdir(), "campus-start-"));
  try {
    const first = await startOnce(dataDir);
    const second = await startOnce(dataDir);
    return {
      firstStartSeconds: round(first.seconds, 1),
      secondStartSeconds: round(second.seconds, 1),
      stoppedCleanly: first.stoppedCleanly && second.stoppedCleanly,
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
