// Registrations on one course, through the API's local host against Azurite: how many per
// second the seat ledger takes and how long a registration takes (p50/p95/p99) when many clients
// register at once. Every registration is a different person (a coordinator registering others,
// which takes the same seat path as registering yourself), so none is refused as a duplicate.
//   burst:     200 people at the same moment for 20 seats (the concurrency test's scenario)
//   sustained: CLIENTS clients registering back to back for BENCH_SECONDS on one course
//   serial:    one client, for the latency without contention
import { startApi, startAzurite } from "../scripts/lib/processes.mjs";
import { percentile, round } from "./stats.js";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CLIENTS = 32;
const BURST = 200;
const BURST_SEATS = 20;

export interface RegistrationLoad {
  clients: number;
  registrations: number;
  seconds: number;
  registrationsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  /** Answers other than 201, by status (503 would mean a course contended beyond retries). */
  failures: Record<string, number>;
}

export interface RegistrationsBenchResult {
  burst: RegistrationLoad & { seats: number; registered: number; waitlisted: number };
  sustained: RegistrationLoad;
  serial: RegistrationLoad;
}

export async function benchCatalogueRegistrations(): Promise<RegistrationsBenchResult> {
  const azurite = await startAzurite();
  try {
    // One coordinator token stands in for many people, each of whom has their own write bucket:
    // the per-person write limit is lifted so that it does not stand in for the store's speed.
    const env = { STORAGE_CONNECTION_STRING: azurite.connectionString, TABLE_PREFIX: "benchreg", WRITES_PER_MINUTE: "1000000", WRITE_BURST: "1000000" };
    const api = await startApi({ env, quiet: true });
    try {
      const { accessToken } = (await (await fetch(`${api.url}/api/dev/token`, { method: "POST", body: JSON.stringify({ userId: "coordinator" }) })).json()) as {
        accessToken: string;
      };
      const headers = { Authorization: `Bearer ${accessToken}`, "Content-Type": "application/json" };
      let person = 0;
      const register = async (courseId: string): Promise<{ status: number; ms: number }> => {
        const n = ++person;
        const started = performance.now();
        const response = await fetch(`${api.url}/api/courses/${courseId}/registrations`, {
          method: "POST",
          headers,
          body: JSON.stringify({ person: { id: `bench-${n}`, name: `Deltagare ${n}`, email: `deltagare${n}@example.org` }, memberId: "larcenter-falkoping" }),
        });
        await response.arrayBuffer();
        return { status: response.status, ms: performance.now() - started };
      };
      const newCourse = async (seats: number | null): Promise<string> => {
        const day = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
        const created = await fetch(`${api.url}/api/courses`, {
          method: "POST",
          headers,
          body: JSON.stringify({
            title: "Questback Essentials (benchmark)",
            description: "",
            providerMemberId: "dacapo-mariestad",
            areas: ["it"],
            format: "online",
            receivingSites: [],
            seats,
            audience: "",
            project: "Campus Westum",
            language: "sv",
            registrationDeadline: `${day}T08:00`,
            sessions: [{ start: `${day}T09:00`, end: `${day}T11:00` }],
          }),
        });
        if (created.status !== 201) throw new Error(`creating the course answered ${created.status}: ${await created.text()}`);
        const { id } = (await created.json()) as { id: string };
        const published = await fetch(`${api.url}/api/courses/${id}/publish`, { method: "POST", headers });
        if (published.status !== 200) throw new Error(`publishing answered ${published.status}`);
        return id;
      };
      const summarise = (clients: number, results: { status: number; ms: number }[], seconds: number): RegistrationLoad => {
        const times = results.map((r) => r.ms).sort((a, b) => a - b);
        const failures: Record<string, number> = {};
        for (const r of results) if (r.status !== 201) failures[r.status] = (failures[r.status] ?? 0) + 1;
        const registrations = results.length - Object.values(failures).reduce((a, b) => a + b, 0);
        return {
          clients,
          registrations,
          seconds: round(seconds, 2),
          registrationsPerSecond: round(registrations / seconds, 0),
          p50Ms: round(percentile(times, 50)),
          p95Ms: round(percentile(times, 95)),
          p99Ms: round(percentile(times, 99)),
          failures,
        };
      };
      /** `clients` loops registering back to back until `seconds` have passed. */
      const closedLoop = async (courseId: string, clients: number, seconds: number) => {
        const results: { status: number; ms: number }[] = [];
        const started = performance.now();
        const until = started + seconds * 1000;
        await Promise.all(
          Array.from({ length: clients }, async () => {
            while (performance.now() < until) results.push(await register(courseId));
          }),
        );
        return summarise(clients, results, (performance.now() - started) / 1000);
      };

      await closedLoop(await newCourse(null), 8, 2); // warm-up: JIT, connections, tables

      const burstCourse = await newCourse(BURST_SEATS);
      const burstStart = performance.now();
      const burstResults = await Promise.all(Array.from({ length: BURST }, () => register(burstCourse)));
      const burstLoad = summarise(BURST, burstResults, (performance.now() - burstStart) / 1000);
      const course = (await (await fetch(`${api.url}/api/courses/${burstCourse}`, { headers })).json()) as {
        availability: { seats: number; registered: number; waitlisted: number }[];
      };
      const pool = course.availability[0]!;
      if (pool.registered !== BURST_SEATS || pool.waitlisted !== BURST - BURST_SEATS) throw new Error(`burst ended with ${JSON.stringify(pool)}`);

      const sustained = await closedLoop(await newCourse(null), CLIENTS, SECONDS);
      const serial = await closedLoop(await newCourse(null), 1, Math.min(SECONDS, 4));
      return { burst: { ...burstLoad, seats: pool.seats, registered: pool.registered, waitlisted: pool.waitlisted }, sustained, serial };
    } finally {
      await api.stop();
    }
  } finally {
    await azurite.stop();
  }
}
