// Work per request is bounded (issue 15): /api/health's p99 latency while a coordinator posts the
// worst recurrence the API accepts over and over, against health's idle p99 in the same run (goal:
// at most 2x). Before the fix a FREQ=MINUTELY series held the event loop for 8-11 s per request.
//
// The worst accepted rule is found here, not guessed: each candidate's whole cost per request
// (the check before saving, the next three dates for the list, a timer run's week) is timed in
// process and the slowest is posted, with a new first date each time so that nothing the API
// keeps makes it cheaper. The API's own local host serves the requests, on Azurite.
//
// On a two-core machine the API shares its cores with Azurite, the poster and the load, so the
// bench also says where the time went: the API's own event-loop delay and CPU (bench/eventLoopProbe.mjs),
// Azurite's and the poster's CPU per post, health while the rule is posted once a second (a
// person's pace) and, last, the same phases with Azurite and the poster pinned to the other core,
// the way they stand in for a storage service and a browser that are not on the API's machine in
// production.
import { execFileSync, fork } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { occurrencesBetween, parseFikaRule, recurrenceProblem, type Recurrence } from "@campus-westum/bot";
import { startAzurite } from "../scripts/lib/processes.mjs";
import type { PosterReport, PosterStart } from "./fikaPoster.js";
import { CANDIDATES, CHEAPEST, firstDateOf } from "./fikaRules.js";
import { readProbe, startProbedApi } from "./apiProbe.js";
import { load, type LoadResult } from "./load.js";
import { cpuMsOf } from "./processCpu.js";
import { percentile, round } from "./stats.js";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const DAY = 86_400_000;

/** What one request costs for a rule: its check before saving, its next three dates, a timer run's window. */
function perRequestWork(recurrence: Recurrence, now: number): void {
  recurrenceProblem(recurrence);
  occurrencesBetween(recurrence, now, now + 366 * DAY, 3);
  occurrencesBetween(recurrence, now - 8 * DAY, now + 8 * DAY);
}

function timeCandidates(now: number): { rrule: string; firstDate: string; microseconds: number }[] {
  return CANDIDATES.map((candidate) => {
    if (!parseFikaRule(candidate.rrule).ok || recurrenceProblem(candidate)) throw new Error(`not an accepted rule: ${candidate.rrule}`);
    for (let i = 0; i < 50; i++) perRequestWork(candidate, now);
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      const fresh = candidate.firstDate.startsWith("2000-") ? { ...candidate, firstDate: firstDateOf(i + 7) } : candidate;
      const start = performance.now();
      perRequestWork(fresh, now);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return { rrule: candidate.rrule, firstDate: candidate.firstDate, microseconds: round(percentile(times, 50) * 1000, 1) };
  }).sort((a, b) => b.microseconds - a.microseconds);
}

/** The API process's own view of a phase (bench/eventLoopProbe.mjs). */
interface ApiProbe {
  /** Each figure is the probe timer's whole interval: 1 ms when the loop was free. */
  eventLoopP50Ms: number;
  eventLoopP99Ms: number;
  eventLoopMaxMs: number;
  cpuMs: number;
}

interface Phase {
  /** Absent where only the posts ran (to price one post). */
  health?: LoadResult;
  api: ApiProbe;
  azuriteCpuMs: number;
  /** The bench process: the health load (autocannon). */
  loadCpuMs: number;
  posts?: Omit<PosterReport, "ids">;
  /** CPU milliseconds per post, where only the posts ran. */
  perPost?: { apiCpuMs: number; azuriteCpuMs: number };
}

/** Health p99 over idle's in the same layout (goal <= 2), and the API's event-loop delay p99 over idle's. */
interface Ratios {
  p99Ratio: number;
  p99RatioToCheapest?: number;
  eventLoopP99Ratio: number;
}

export interface RecurrenceBenchResult {
  worstRule: string;
  worstRuleFirstDate: string;
  /** In process, per request (check + list + timer window), median. */
  worstRuleMicroseconds: number;
  candidates: { rrule: string; microseconds: number }[];
  /** Everything shares both cores, as on a developer's machine. */
  shared: { idle: Phase; postingCheapest: Phase; postingWorst: Phase; postingWorstOncePerSecond: Phase; worstPostsAlone: Phase };
  /** The API and the load on core 0, Azurite and the poster on core 1: storage and browser off the API's CPU, as in production. */
  separated: { idle: Phase; postingCheapest: Phase; postingWorst: Phase };
  ratios: { shared: Ratios; sharedOncePerSecond: Ratios; separated: Ratios };
}

export async function benchFikaRecurrence(): Promise<RecurrenceBenchResult> {
  const candidates = timeCandidates(Date.now());
  const worst = CANDIDATES.find((c) => c.rrule === candidates[0]!.rrule)!;
  const azurite = await startAzurite();
  const probeFile = join("/tmp", `bench-event-loop-${process.pid}.json`);
  const poster = fork(fileURLToPath(new URL("./fikaPoster.ts", import.meta.url)), { execArgv: ["--import", "tsx"], detached: true, stdio: ["ignore", "ignore", "inherit", "ipc"] });
  try {
    const env = { STORAGE_CONNECTION_STRING: azurite.connectionString, TABLE_PREFIX: "benchfika", WRITES_PER_MINUTE: "1000000", WRITE_BURST: "1000000" };
    const api = await startProbedApi(env, probeFile);
    try {
      const token = (await (await fetch(`${api.url}/api/dev/token`, { method: "POST", body: JSON.stringify({ userId: "coordinator" }) })).json()) as { accessToken: string };
      const headers = { Authorization: `Bearer ${token.accessToken}`, "Content-Type": "application/json" };
      const measure = (withHealth = true) => measurePhase(api.url, api.child.pid!, azurite.child.pid!, probeFile, withHealth);
      await measure(); // warm-up: JIT, tables, connections
      const ids: string[] = [];
      const whilePosting = async (rule: Recurrence, { intervalMs = 0, withHealth = true } = {}): Promise<Phase> => {
        const start: PosterStart = { url: api.url, headers, rule, ids, intervalMs };
        poster.send({ start });
        await new Promise((resolve) => setTimeout(resolve, 1000)); // the poster is under way
        const phase = await measure(withHealth);
        const report = await new Promise<PosterReport>((resolve) => {
          poster.once("message", (message: { report: PosterReport }) => resolve(message.report));
          poster.send("stop");
        });
        const { ids: posted, ...posts } = report;
        ids.splice(0, ids.length, ...posted);
        const perPost = withHealth ? undefined : { apiCpuMs: round(phase.api.cpuMs / posts.requests), azuriteCpuMs: round(phase.azuriteCpuMs / posts.requests) };
        return { ...phase, posts, ...(perPost && { perPost }) };
      };
      const shared = {
        idle: await measure(),
        postingCheapest: await whilePosting(CHEAPEST),
        postingWorst: await whilePosting(worst),
        postingWorstOncePerSecond: await whilePosting(worst, { intervalMs: 1000 }),
        worstPostsAlone: await whilePosting(worst, { withHealth: false }),
      };
      pin([api.child.pid!, process.pid], 0);
      pin([azurite.child.pid!, poster.pid!], 1);
      const separated = { idle: await measure(), postingCheapest: await whilePosting(CHEAPEST), postingWorst: await whilePosting(worst) };
      return {
        worstRule: worst.rrule,
        worstRuleFirstDate: worst.firstDate,
        worstRuleMicroseconds: candidates[0]!.microseconds,
        candidates: candidates.map(({ rrule, microseconds }) => ({ rrule, microseconds })),
        shared,
        separated,
        ratios: {
          shared: ratios(shared.idle, shared.postingWorst, shared.postingCheapest),
          sharedOncePerSecond: ratios(shared.idle, shared.postingWorstOncePerSecond),
          separated: ratios(separated.idle, separated.postingWorst, separated.postingCheapest),
        },
      };
    } finally {
      await api.stop();
    }
  } finally {
    poster.kill();
    await azurite.stop();
  }
}

function ratios(idle: Phase, worst: Phase, cheapest?: Phase): Ratios {
  return {
    p99Ratio: round(worst.health!.p99Ms / idle.health!.p99Ms),
    ...(cheapest && { p99RatioToCheapest: round(worst.health!.p99Ms / cheapest.health!.p99Ms) }),
    eventLoopP99Ratio: round(worst.api.eventLoopP99Ms / idle.api.eventLoopP99Ms),
  };
}

/** Keeps processes (all their threads) on one core. */
function pin(pids: number[], core: number): void {
  for (const pid of pids) execFileSync("taskset", ["-a", "-p", "-c", String(core), String(pid)], { stdio: "ignore" });
}

/** Health under load for SECONDS (or just SECONDS), with what the API, Azurite and the load used meanwhile. */
async function measurePhase(url: string, apiPid: number, azuritePid: number, probeFile: string, withHealth: boolean): Promise<Phase> {
  await readProbe(apiPid, probeFile); // starts the API's counts afresh
  const azuriteBefore = cpuMsOf(azuritePid);
  const loadBefore = process.cpuUsage();
  const health = withHealth ? await load({ url, paths: ["/api/health"], connections: 1, seconds: SECONDS }) : await new Promise<undefined>((resolve) => setTimeout(resolve, SECONDS * 1000));
  const loadCpu = process.cpuUsage(loadBefore);
  const azuriteCpuMs = cpuMsOf(azuritePid) - azuriteBefore;
  const probe = await readProbe(apiPid, probeFile);
  return {
    ...(health && { health }),
    api: { eventLoopP50Ms: probe.p50Ms, eventLoopP99Ms: probe.p99Ms, eventLoopMaxMs: probe.maxMs, cpuMs: probe.cpuMs },
    azuriteCpuMs,
    loadCpuMs: Math.round((loadCpu.user + loadCpu.system) / 1000),
  };
}

