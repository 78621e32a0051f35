// Member search on a synthetic directory of 10,000 members and 50,000 contacts, served by the
// API's local host: latency at light load (1 connection) and throughput at saturation, with
// /api/health measured the same way in the same run as the baseline. The API keeps what a filter
// combination selects per snapshot (bounded): the 16 searches below are answered from that cache
// after the warm-up, so saturation is also measured with searches that are all new (misses).
import { EDUCATION_AREAS } from "../api/src/contract/index.js";
import { normalizeText } from "../api/src/domain/normalize.js";
import { MATCH_CACHE_SIZE } from "../api/src/domain/memberSearch.js";
import { MUNICIPALITIES } from "../api/src/sample/geography.js";
import { MemberStore } from "../api/src/store/memberStore.js";
import { Tables } from "../api/src/store/tables.js";
import { startApi, startAzurite } from "../scripts/lib/processes.mjs";
import { load, type LoadResult } from "./load.js";
import { round } from "./stats.js";
import { syntheticDirectory } from "../api/src/sample/syntheticDirectory.js";

const MEMBERS = 10_000;
const CONTACTS_PER_MEMBER = 5;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);

/** What people type and click: text of every length, filters, facets and later pages. */
const SEARCHES = [
  "", "q=l", "q=larc", "q=larcentrum", "q=vuxenutbildningen%20boras", "q=skovde", "q=it", "q=anna%20andersson",
  "subRegion=skaraborg", "subRegion=fyrbodal&area=it", "techNetwork=true", "role=it-tekniker&system=Zoom",
  "municipality=Bor%C3%A5s&area=vard-omsorg", "q=kompetens&subRegion=halland", "page=3", "q=campus&techNetwork=true&page=2",
].map((query) => `/api/members?${query}`);

/**
 * Searches no one made before: a municipality's name typed three to six letters far, with one
 * education area, or with the tech network too. Far more combinations than the API's cache
 * holds, sent in one sequence over all connections, so every one is computed afresh.
 */
function newSearches(): () => string {
  const paths = Object.values(MUNICIPALITIES).flat().flatMap((municipality) =>
    [3, 4, 5, 6].flatMap((letters) =>
      EDUCATION_AREAS.flatMap(({ id }) => ["", "&techNetwork=true"].map((tech) => `/api/members?q=${encodeURIComponent(normalizeText(municipality).slice(0, letters))}&area=${id}${tech}`)),
    ),
  );
  const distinct = [...new Set(paths)];
  if (distinct.length < 4 * MATCH_CACHE_SIZE) throw new Error(`only ${distinct.length} new searches for a cache of ${MATCH_CACHE_SIZE}`);
  let next = 0;
  return () => distinct[next++ % distinct.length]!;
}

export interface SearchBenchResult {
  members: number;
  contacts: number;
  seedSeconds: number;
  lightLoad: { health: LoadResult; search: LoadResult };
  saturation: { connections: number; health: LoadResult; search: LoadResult; newSearches: LoadResult };
  /** The goal's figure: the 16 searches (answered from the snapshot's cache) against health. */
  searchToHealthThroughput: number;
  /** The same with searches no one made before. */
  newSearchToHealthThroughput: number;
}

export async function benchDirectorySearch(): Promise<SearchBenchResult> {
  const azurite = await startAzurite();
  try {
    const members = syntheticDirectory(MEMBERS, CONTACTS_PER_MEMBER);
    const seedStart = performance.now();
    await new MemberStore(new Tables(azurite.connectionString, "bench")).save(members);
    const seedSeconds = round((performance.now() - seedStart) / 1000, 1);

    const api = await startApi({ env: { STORAGE_CONNECTION_STRING: azurite.connectionString, TABLE_PREFIX: "bench" }, quiet: true });
    try {
      const { accessToken } = (await (await fetch(`${api.url}/api/dev/token`, { method: "POST", body: JSON.stringify({ userId: "teacher" }) })).json()) as {
        accessToken: string;
      };
      const headers = { Authorization: `Bearer ${accessToken}` };
      const check = await (await fetch(`${api.url}/api/members?pageSize=1`, { headers })).json();
      if (check.total !== MEMBERS) throw new Error(`the API sees ${check.total} members, expected ${MEMBERS}`);

      const run = (paths: string[], connections: number, nextPath?: () => string) => load({ url: api.url, paths, nextPath, headers, connections, seconds: SECONDS });
      await run(SEARCHES, 4); // warm-up: JIT, snapshot, connections
      const lightLoad = { health: await run(["/api/health"], 1), search: await run(SEARCHES, 1) };
      const connections = 8;
      const saturation = {
        connections,
        health: await run(["/api/health"], connections),
        search: await run(SEARCHES, connections),
        newSearches: await run([], connections, newSearches()),
      };
      return {
        members: MEMBERS,
        contacts: MEMBERS * CONTACTS_PER_MEMBER,
        seedSeconds,
        lightLoad,
        saturation,
        searchToHealthThroughput: round(saturation.search.requestsPerSecond / saturation.health.requestsPerSecond),
        newSearchToHealthThroughput: round(saturation.newSearches.requestsPerSecond / saturation.health.requestsPerSecond),
      };
    } finally {
      await api.stop();
    }
  } finally {
    await azurite.stop();
  }
}
