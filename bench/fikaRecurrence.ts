// Work per request is bounded (issue 15): /api/health's p99 latency while a coordinator posts the
// worst recurrence the API accepts over and over, against health's idle p99 in the same run (goal:
// at most 2x). Before the fix a FREQ=MINUTELY series held the event loop for 8-11 s per request.
//
// The worst accepted rule is found here, not guessed: each candidate's whole cost per request
// (the check before saving, the next three dates for the list, a timer run's week) is timed in
// process and the slowest is posted, with a new first date each time so that nothing the API
// keeps makes it cheaper. The API's own local host serves the requests, on Azurite.
import { occurrencesBetween, parseFikaRule, recurrenceProblem, type Recurrence } from "@campus-westum/bot";
import { MAX_FIKA_SERIES } from "../api/src/contract/index.js";
import { startApi, startAzurite } from "../scripts/lib/processes.mjs";
import { load, type LoadResult } from "./load.js";
import { percentile, round } from "./stats.js";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
/** One coordinator posting, again as soon as she has the answer. */
const POSTERS = 1;
const DAY = 86_400_000;

/** A first date in the year 2000, another for each `n`: the API keeps a COUNT rule's end per rule and first date, so each post is a new walk. */
const firstDateOf = (n: number) => new Date(Date.UTC(2000, 0, 1 + (n % 360))).toISOString().slice(0, 10);

/** Accepted rules that make the expansion walk far: COUNT from a first date long ago, rare matches, every weekday. */
const CANDIDATES: Recurrence[] = [
  { rrule: "FREQ=WEEKLY;BYDAY=MO;BYMONTH=2;COUNT=500", firstDate: "2000-01-03", time: "14:00" },
  { rrule: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;BYMONTH=2;COUNT=500", firstDate: "2000-01-01", time: "14:00" },
  { rrule: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU", firstDate: "2000-01-01", time: "14:00" },
  { rrule: "FREQ=MONTHLY;BYDAY=+5MO;BYMONTH=2;COUNT=500", firstDate: "2016-01-01", time: "14:00" },
  { rrule: "FREQ=MONTHLY;BYMONTHDAY=1,2,3,4,5,6,7,8,9,10,11,12;BYSETPOS=-1,-2,-3,-4,-5,-6,-7,-8,-9,-10,-11,-12;COUNT=500", firstDate: "2000-01-01", time: "14:00" },
  { rrule: "FREQ=WEEKLY;INTERVAL=12;BYDAY=SU;BYMONTH=12;COUNT=500", firstDate: "2000-01-02", time: "14:00" },
];

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

/** The picker's own rule, for comparison: the same requests with a rule that costs next to nothing. */
const CHEAPEST: Recurrence = { rrule: "FREQ=MONTHLY;BYDAY=+1TU", firstDate: "2026-01-01", time: "14:00" };

interface PostingResult {
  health: LoadResult;
  posts: { requests: number; statuses: Record<string, number>; p50Ms: number; p99Ms: number };
}

export interface RecurrenceBenchResult {
  worstRule: string;
  worstRuleFirstDate: string;
  /** In process, per request (check + list + timer window), median. */
  worstRuleMicroseconds: number;
  candidates: { rrule: string; microseconds: number }[];
  idleHealth: LoadResult;
  /** Health while the picker's rule is posted: what posting costs whatever the rule. */
  postingCheapest: PostingResult;
  postingWorst: PostingResult;
  /** The goal's figure: health's p99 while the worst rule is posted, over its idle p99 (goal <= 2). */
  p99Ratio: number;
  /** Health's p99 while the worst rule is posted, over while the picker's rule is: the rule's own share. */
  p99RatioToCheapest: number;
}

export async function benchFikaRecurrence(): Promise<RecurrenceBenchResult> {
  const candidates = timeCandidates(Date.now());
  const worst = CANDIDATES.find((c) => c.rrule === candidates[0]!.rrule)!;
  const azurite = await startAzurite();
  try {
    const env = { STORAGE_CONNECTION_STRING: azurite.connectionString, TABLE_PREFIX: "benchfika", WRITES_PER_MINUTE: "1000000", WRITE_BURST: "1000000" };
    const api = await startApi({ env, quiet: true });
    try {
      const token = (await (await fetch(`${api.url}/api/dev/token`, { method: "POST", body: JSON.stringify({ userId: "coordinator" }) })).json()) as { accessToken: string };
      const headers = { Authorization: `Bearer ${token.accessToken}`, "Content-Type": "application/json" };
      const health = () => load({ url: api.url, paths: ["/api/health"], connections: 1, seconds: SECONDS });
      await health(); // warm-up: JIT, tables, connections
      const idleHealth = await health();
      const ids: string[] = [];
      const postingCheapest = await whilePosting(api.url, headers, CHEAPEST, ids, health);
      const postingWorst = await whilePosting(api.url, headers, worst, ids, health);
      return {
        worstRule: worst.rrule,
        worstRuleFirstDate: worst.firstDate,
        worstRuleMicroseconds: candidates[0]!.microseconds,
        candidates: candidates.map(({ rrule, microseconds }) => ({ rrule, microseconds })),
        idleHealth,
        postingCheapest,
        postingWorst,
        p99Ratio: round(postingWorst.health.p99Ms / idleHealth.p99Ms),
        p99RatioToCheapest: round(postingWorst.health.p99Ms / postingCheapest.health.p99Ms),
      };
    } finally {
      await api.stop();
    }
  } finally {
    await azurite.stop();
  }
}

/** Health measured while POSTERS coordinators post a rule: new series up to the network's most (ids), then edits of them. */
async function whilePosting(url: string, headers: Record<string, string>, rule: Recurrence, ids: string[], health: () => Promise<LoadResult>): Promise<PostingResult> {
  let posted = 0;
  const series = () => ({ title: "Fika", ...rule, firstDate: rule.firstDate.startsWith("2000-") ? firstDateOf(posted++) : rule.firstDate, durationMinutes: 30, joinUrl: "https://teams.microsoft.com/l/meetup-join/bench" });
  const statuses: Record<string, number> = {};
  const times: number[] = [];
  let stop = false;
  const send = async (method: string, path: string, body: unknown) => {
    const start = performance.now();
    const response = await fetch(`${url}${path}`, { method, headers, body: JSON.stringify(body) });
    const text = await response.text();
    times.push(performance.now() - start);
    statuses[`${method} ${response.status}`] = (statuses[`${method} ${response.status}`] ?? 0) + 1;
    return { status: response.status, text };
  };
  const poster = async () => {
    while (!stop) {
      if (ids.length < MAX_FIKA_SERIES) {
        const created = await send("POST", "/api/fika/series", series());
        if (created.status === 201) ids.push((JSON.parse(created.text) as { id: string }).id);
      } else {
        await send("PUT", `/api/fika/series/${ids[times.length % ids.length]}`, series());
      }
    }
  };
  const posting = Array.from({ length: POSTERS }, poster);
  await new Promise((resolve) => setTimeout(resolve, 1000)); // the posters are under way
  const measured = await health();
  stop = true;
  await Promise.all(posting);
  times.sort((a, b) => a - b);
  return { health: measured, posts: { requests: times.length, statuses, p50Ms: round(percentile(times, 50)), p99Ms: round(percentile(times, 99)) } };
}
