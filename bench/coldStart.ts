// API cold start: milliseconds from process start to the first 200 on /api/health for the bundled
// app (api/dist, built by scripts/build-api.mjs and served over node:http by its dev/serveBundle
// entry: the Functions host cannot be installed here), against two baselines started the same way
// in the same run, alternating so all three see the same machine load: a bare Node http server,
// and the floor app (bench/floor/healthFloor.ts: only the libraries health needs, making health's
// storage calls), bundled like the API. Goal: the bundled API within 1.15× the floor.
import { build } from "esbuild";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { freePort, startAzurite } from "../scripts/lib/processes.mjs";
import { round } from "./stats.js";

const RUNS = Number(process.env.BENCH_COLD_RUNS ?? 7);
const GOAL_TO_FLOOR = 1.15;
const root = fileURLToPath(new URL("../", import.meta.url));
const BARE_SERVER = "require('node:http').createServer((q, s) => s.end('ok')).listen(Number(process.env.PORT), '127.0.0.1')";

export interface ColdStartResult {
  runs: number;
  bareNodeMs: { median: number; all: number[] };
  floorMs: { median: number; all: number[] };
  bundledApiMs: { median: number; all: number[] };
  /** Bundled API to the floor app: the goal's figure. */
  ratioToFloor: number;
  /** CPU milliseconds each used by its first answer (medians; Linux only), and the API's to the floor's. */
  cpuMs?: { bare: number; floor: number; bundledApi: number; ratioToFloor: number };
  /** Bundled API to a bare Node server. */
  ratio: number;
  floorToBare: number;
  goal: string;
  goalMet: boolean;
  floorKB: number;
  /** staticKB: what the Functions entry loads at start; firstHealthFiles/KB: all the bundled API has loaded when it first answers health. */
  bundle: { staticFiles: number; staticKB: number; firstHealthFiles: number; firstHealthKB: number; lazyKB: number };
}

/** Linux's clock tick (getconf CLK_TCK), the unit of a process's CPU time in /proc. */
const TICK_MS = 10;

/**
 * The CPU time (user + system) a child has used so far, from /proc/<pid>/stat: less sensitive to
 * a shared machine's load than wall time, in 10-ms steps. Undefined where there is no /proc.
 */
function cpuMsOf(pid: number | undefined): number | undefined {
  if (!existsSync(`/proc/${pid}/stat`)) return undefined;
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

/** Spawns `node args`, polls the URL until it answers 200, and returns the elapsed and CPU milliseconds. */
async function timeToFirst200(args: string[], url: string, env: Record<string, string>): Promise<{ ms: number; cpuMs?: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  try {
    while (child.exitCode === null) {
      const answered = await fetch(url, { signal: AbortSignal.timeout(2000) }).then((r) => r.status === 200, () => false);
      if (answered) return { ms: performance.now() - started, cpuMs: cpuMsOf(child.pid) };
      if (performance.now() - started > 60_000) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    throw new Error(`${args.join(" ")} did not answer 200 on ${url}:\n${stderr.slice(-2000)}`);
  } finally {
    child.kill("SIGKILL");
    await new Promise((resolve) => (child.exitCode === null && child.signalCode === null ? child.once("exit", resolve) : resolve(undefined)));
  }
}

/**
 * What a cold start loads: the Functions entry and the chunks it imports statically, what the
 * timed entry has loaded by its first health answer (the health route's module is imported on
 * that request), and what stays lazy.
 */
function bundleFootprint(): ColdStartResult["bundle"] {
  const meta = JSON.parse(readFileSync(join(root, "api/dist/meta.json"), "utf8")) as {
    outputs: Record<string, { bytes: number; entryPoint?: string; imports: { path: string; kind: string }[] }>;
  };
  const staticallyFrom = (entries: string[]) => {
    const loaded = new Set<string>();
    const pending = [...entries];
    for (let file = pending.pop(); file; file = pending.pop()) {
      if (loaded.has(file) || !meta.outputs[file]) continue;
      loaded.add(file);
      pending.push(...meta.outputs[file]!.imports.filter((i) => i.kind === "import-statement").map((i) => i.path));
    }
    return loaded;
  };
  const healthChunks = Object.entries(meta.outputs).filter(([, o]) => o.entryPoint === "src/handlers/health.ts").map(([file]) => file);
  const atStart = staticallyFrom(["dist/functions/index.js"]);
  const atFirstHealth = staticallyFrom(["dist/dev/serveBundle.js", ...healthChunks]);
  const js = Object.entries(meta.outputs).filter(([file]) => file.endsWith(".js"));
  const kb = (files: [string, { bytes: number }][]) => Math.round(files.reduce((sum, [, o]) => sum + o.bytes, 0) / 1024);
  return {
    staticFiles: atStart.size,
    staticKB: kb(js.filter(([f]) => atStart.has(f))),
    firstHealthFiles: atFirstHealth.size,
    firstHealthKB: kb(js.filter(([f]) => atFirstHealth.has(f))),
    lazyKB: kb(js.filter(([f]) => !atStart.has(f))),
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The floor app as one ESM file, minified for Node like the API's bundle (scripts/build-api.mjs). */
async function buildFloor(outdir: string): Promise<string> {
  const outfile = join(outdir, "healthFloor.mjs");
  await build({
    entryPoints: [join(root, "bench/floor/healthFloor.ts")],
    outfile,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node22",
    minify: true,
    // Provided by the Functions worker at run time, as in the API's bundle.
    external: ["@azure/functions-core"],
    // @azure/functions is CommonJS and requires Node's modules; an ESM file has no require of its own.
    banner: { js: 'import { createRequire as __floorRequire } from "node:module"; const require = __floorRequire(import.meta.url);' },
    logLevel: "warning",
  });
  return outfile;
}

export async function benchColdStart(): Promise<ColdStartResult> {
  const built = spawnSync(process.execPath, ["scripts/build-api.mjs"], { cwd: root, encoding: "utf8" });
  if (built.status !== 0) throw new Error(`building the API failed:\n${built.stdout}\n${built.stderr}`);
  const floorDir = mkdtempSync(join(tmpdir(), "cw-floor-"));
  const floorApp = await buildFloor(floorDir);
  const azurite = await startAzurite();
  try {
    const bare: number[] = [];
    const floor: number[] = [];
    const bundled: number[] = [];
    const cpu: { bare: number[]; floor: number[]; bundledApi: number[] } = { bare: [], floor: [], bundledApi: [] };
    // Production mode, as in Azure: Entra settings (keys are fetched on the first token, never for
    // health), so no local signing key is generated at start-up as local mode does.
    const apiEnv = {
      STORAGE_CONNECTION_STRING: azurite.connectionString,
      TABLE_PREFIX: "coldstart",
      AAD_TENANT_IDS: "00000000-0000-4000-8000-00000000c01d",
      AAD_APP_CLIENT_ID: "00000000-0000-4000-8000-0000000a991d",
      // The bot's identity, as production requires; its secret is used only by a send, never by health.
      BOT_ID: "00000000-0000-4000-8000-00000000b071",
      BOT_TENANT_ID: "00000000-0000-4000-8000-00000000c01d",
      BOT_PASSWORD: "cold-start-bench-placeholder",
      CALENDAR_LINK_KEY: "cold-start-bench-calendar-link-key-placeholder",
      // SharePoint, which production requires (its lists are the truth); Graph is called by the sync, never by health.
      GRAPH_TENANT_ID: "00000000-0000-4000-8000-00000000c01d",
      GRAPH_CLIENT_ID: "00000000-0000-4000-8000-0000000a9a9f",
      GRAPH_CLIENT_SECRET: "cold-start-bench-placeholder",
      SHAREPOINT_SITE: "westum.sharepoint.com:/sites/campus",
    };
    // One unmeasured start of each: the OS file cache and Azurite's tables are warm for every measured run.
    for (let run = -1; run < RUNS; run++) {
      const [barePort, floorPort, apiPort] = [await freePort(), await freePort(), await freePort()];
      const bareRun = await timeToFirst200(["-e", BARE_SERVER], `http://127.0.0.1:${barePort}/`, { PORT: String(barePort) });
      const floorRun = await timeToFirst200([floorApp], `http://127.0.0.1:${floorPort}/api/health`, { ...apiEnv, API_PORT: String(floorPort) });
      const apiRun = await timeToFirst200(["api/dist/dev/serveBundle.js"], `http://127.0.0.1:${apiPort}/api/health`, { ...apiEnv, API_PORT: String(apiPort) });
      if (run < 0) continue;
      bare.push(round(bareRun.ms, 0));
      floor.push(round(floorRun.ms, 0));
      bundled.push(round(apiRun.ms, 0));
      if (bareRun.cpuMs !== undefined && floorRun.cpuMs !== undefined && apiRun.cpuMs !== undefined) {
        cpu.bare.push(bareRun.cpuMs);
        cpu.floor.push(floorRun.cpuMs);
        cpu.bundledApi.push(apiRun.cpuMs);
      }
    }
    const ratioToFloor = round(median(bundled) / median(floor), 2);
    const cpuMs =
      cpu.bare.length === RUNS
        ? { bare: median(cpu.bare), floor: median(cpu.floor), bundledApi: median(cpu.bundledApi), ratioToFloor: round(median(cpu.bundledApi) / median(cpu.floor), 2) }
        : undefined;
    return {
      runs: RUNS,
      bareNodeMs: { median: median(bare), all: bare },
      floorMs: { median: median(floor), all: floor },
      bundledApiMs: { median: median(bundled), all: bundled },
      ratioToFloor,
      cpuMs,
      ratio: round(median(bundled) / median(bare), 2),
      floorToBare: round(median(floor) / median(bare), 2),
      goal: `bundled ≤ ${GOAL_TO_FLOOR} × the floor app`,
      goalMet: ratioToFloor <= GOAL_TO_FLOOR,
      floorKB: Math.round(statSync(floorApp).size / 1024),
      bundle: bundleFootprint(),
    };
  } finally {
    await azurite.stop();
    rmSync(floorDir, { recursive: true, force: true });
  }
}
