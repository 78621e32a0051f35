// The results of a needs round (issue 13) through the API's local host against Azurite: every one
// of the sample directory's 41 members has answered with the most an answer may hold, 20 needs
// (all 18 education areas, two of them for students and staff both), 820 needs in all. Measured
// at light load (one connection), one after another in the same run:
//   health      GET /api/health, the API's floor
//   empty       GET /api/needs/rounds/{id}/results of a sent round nobody answered: the route's own
//               floor (token, round, answers' partition, the directory, 41 members not answered)
//   json        the full round's results as JSON
//   xlsx        the full round's export for regional partners (every table a sheet)
// p50/p95 of each and its ratio to both floors, and the API's own event-loop delay in each phase
// (bench/eventLoopProbe.mjs: a request's work that does not yield shows here).
// The answers are saved through the API (PUT, as the tab does), so the rows are as the app stores
// them, history included.
import { EDUCATION_AREAS, type Need, type NeedsResults, type NeedsRound, type NeedsRoundInput } from "../api/src/contract/index.js";
import { join } from "node:path";
import { startAzurite } from "../scripts/lib/processes.mjs";
import { readProbe, startProbedApi } from "./apiProbe.js";
import { load, type LoadResult } from "./load.js";
import { round } from "./stats.js";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const NEEDS_PER_ANSWER = 20;

export interface NeedsResultsBenchResult {
  members: number;
  needs: number;
  seconds: number;
  health: Phase;
  empty: Phase;
  json: Phase & { bytes: number };
  xlsx: Phase & { bytes: number };
  /** p50 and p95 of each against health's and against the empty round's. */
  ratios: Record<"empty" | "json" | "xlsx", { toHealthP50: number; toHealthP95: number; toEmptyP50: number; toEmptyP95: number }>;
}

/**
 * A phase's latency from outside, and the API's event-loop delay meanwhile: p99 and the longest
 * (the probe's 1 ms timer interval when free; one GC pause can make the longest alone).
 */
type Phase = LoadResult & { eventLoopP99Ms: number; eventLoopMaxMs: number };

/** A member's 20 needs: every area once, the first two for both audiences; numbers vary by member. */
function needsOf(memberIndex: number): Need[] {
  const formats = ["on-site", "live-broadcast", "online"] as const;
  const needs: Need[] = EDUCATION_AREAS.map((area, i) => ({
    area: area.id,
    audience: (memberIndex + i) % 2 === 0 ? "staff" : "students",
    format: formats[(memberIndex + i) % formats.length]!,
    participants: 1 + ((memberIndex * 7 + i * 13) % 40),
    ...(i % 3 === 0 ? { note: `Behov ${i + 1} hos medlem ${memberIndex + 1}: helst under vårterminens första halva.` } : {}),
  }));
  for (const [i, need] of needs.slice(0, NEEDS_PER_ANSWER - needs.length).entries()) {
    needs.push({ ...need, audience: need.audience === "staff" ? "students" : "staff", participants: 5 + i });
  }
  return needs;
}

export async function benchNeedsResults(): Promise<NeedsResultsBenchResult> {
  const azurite = await startAzurite();
  const probeFile = join("/tmp", `bench-needs-results-${process.pid}.json`);
  try {
    const env = { STORAGE_CONNECTION_STRING: azurite.connectionString, TABLE_PREFIX: "benchneeds", WRITES_PER_MINUTE: "1000000", WRITE_BURST: "1000000" };
    const api = await startProbedApi(env, probeFile);
    try {
      const { accessToken } = (await (await fetch(`${api.url}/api/dev/token`, { method: "POST", body: JSON.stringify({ userId: "coordinator" }) })).json()) as { accessToken: string };
      const headers = { Authorization: `Bearer ${accessToken}`, "Content-Type": "application/json" };
      const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
        const response = await fetch(`${api.url}${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
        if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
        return (await response.json()) as T;
      };
      const deadline = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
      const input: NeedsRoundInput = {
        title: "Behovsinventering (benchmark)",
        period: { term: "autumn", year: Number(deadline.slice(0, 4)) },
        deadline,
        recipientRoles: ["rektor", "larare", "ikt-pedagog", "it-tekniker", "studievagledare", "kompetensmaklare", "samordnare"],
        areas: EDUCATION_AREAS.map((a) => a.id),
        intro: { sv: "Vad behöver ni nästa termin?" },
      };
      const sentRound = async (title: string) => {
        const made = await call<NeedsRound>("POST", "/api/needs/rounds", { ...input, title });
        return call<NeedsRound>("POST", `/api/needs/rounds/${made.id}/send`);
      };
      const full = await sentRound("Behovsinventering (benchmark, alla har svarat)");
      const empty = await sentRound("Behovsinventering (benchmark, ingen har svarat)");
      const members = (await call<NeedsResults>("GET", `/api/needs/rounds/${full.id}/results`)).notAnswered;
      for (const [i, member] of members.entries()) {
        await call("PUT", `/api/needs/rounds/${full.id}/answers/${member.memberId}`, { needs: needsOf(i), comment: `Svar från ${member.memberName}.`, version: 0 });
      }

      const jsonPath = `/api/needs/rounds/${full.id}/results`;
      const xlsxPath = `${jsonPath}?format=xlsx`;
      const results = await call<NeedsResults>("GET", jsonPath);
      const stated = results.byMember.reduce((n, m) => n + m.needs.length, 0);
      if (results.notAnswered.length !== 0 || results.byMember.length !== members.length || stated !== members.length * NEEDS_PER_ANSWER) {
        throw new Error(`the results show ${results.byMember.length} answers with ${stated} needs and ${results.notAnswered.length} not answered`);
      }
      const bytes = async (path: string) => (await (await fetch(`${api.url}${path}`, { headers })).arrayBuffer()).byteLength;

      const run = async (path: string): Promise<Phase> => {
        await readProbe(api.child.pid!, probeFile); // counts from here
        const measured = await load({ url: api.url, paths: [path], headers, connections: 1, seconds: SECONDS });
        const probe = await readProbe(api.child.pid!, probeFile);
        return { ...measured, eventLoopP99Ms: probe.p99Ms, eventLoopMaxMs: probe.maxMs };
      };
      await run(jsonPath); // warm-up: JIT, connections, the directory snapshot, exceljs imported
      await run(xlsxPath);
      const measured = {
        health: await run("/api/health"),
        empty: await run(`/api/needs/rounds/${empty.id}/results`),
        json: { ...(await run(jsonPath)), bytes: await bytes(jsonPath) },
        xlsx: { ...(await run(xlsxPath)), bytes: await bytes(xlsxPath) },
      };
      const ratio = (r: Phase) => ({
        toHealthP50: round(r.p50Ms / measured.health.p50Ms), toHealthP95: round(r.p95Ms / measured.health.p95Ms),
        toEmptyP50: round(r.p50Ms / measured.empty.p50Ms), toEmptyP95: round(r.p95Ms / measured.empty.p95Ms),
      });
      return {
        members: members.length,
        needs: stated,
        seconds: SECONDS,
        ...measured,
        ratios: { empty: ratio(measured.empty), json: ratio(measured.json), xlsx: ratio(measured.xlsx) },
      };
    } finally {
      await api.stop();
    }
  } finally {
    await azurite.stop();
  }
}
