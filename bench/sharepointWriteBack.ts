// The write-back of coordinators' course edits (decision 0017), against the Graph stand-in:
// resource units per edit written back (by Microsoft's cost table, as the stand-in counts them),
// and the time from an edit in the tab to the list item. Delivery is measured (commit of the
// edit to the PATCH's answer, draining at once); the schedule adds the wait for the next drain:
// Functions drains every minute (sharepointOutboxTimer.ts), the local host every 10 s. An edit
// falls anywhere in that interval, so edit i of n is placed at phase i/n of it (a uniform spread).
import { silentLogger } from "../api/src/logger.js";
import type { CourseRecord } from "../api/src/domain/catalogue/courseSchema.js";
import { OutboxStore } from "../api/src/sharepoint/outbox/outboxStore.js";
import { OutboxWorker } from "../api/src/sharepoint/outbox/outboxWorker.js";
import type { SiteLists } from "../api/src/sharepoint/siteLists.js";
import type { SyncState } from "../api/src/sharepoint/sync/syncState.js";
import { CourseStore } from "../api/src/store/courseStore.js";
import { RegistrationStore } from "../api/src/store/registrationStore.js";
import type { Tables } from "../api/src/store/tables.js";
import type { GraphStandIn } from "../test/graph-stand-in/index.js";
import { percentile, round } from "./stats.js";

const COURSES = 20;
const EDITS = 40;
const SCHEDULES_SECONDS = { functions: 60, localHost: 10 };

function course(i: number, provider: { id: string; name: string; subRegions: CourseRecord["providerSubRegions"] }, site: { id: string; name: string }): CourseRecord {
  const day = String(10 + (i % 15)).padStart(2, "0");
  return {
    id: `bench-kurs-${i}`, title: `Kurs ${i}`, description: "Beskrivning", providerMemberId: provider.id, providerName: provider.name, providerSubRegions: provider.subRegions,
    areas: ["sfi"], format: "hybrid", receivingSites: [{ memberId: site.id, memberName: site.name, room: "Sal 1", seats: 10 }], seats: 20, audience: "Lärare", project: null,
    language: "sv", status: "published", registrationDeadline: "2030-03-01T23:59:00+01:00",
    sessions: [1, 2, 3].map((n) => ({ id: `s${n}`, start: `2030-03-${day}T${String(n + 6).padStart(2, "0")}:00:00+01:00`, end: `2030-03-${day}T${String(n + 7).padStart(2, "0")}:00:00+01:00`, place: "Studio", hours: 1 })),
    createdAt: "2026-01-05T09:00:00+01:00", updatedAt: "2026-01-05T09:00:00+01:00", sample: false,
  };
}

export async function benchWriteBack(deps: { standIn: GraphStandIn; tables: Tables; site: SiteLists; state: SyncState; members: { id: string; name: string; subRegions: CourseRecord["providerSubRegions"] }[] }) {
  const { standIn, tables, site, state } = deps;
  const outbox = new OutboxStore(tables);
  const courses = new CourseStore(tables, outbox.courseHook());
  const worker = new OutboxWorker({ outbox, courses, registrations: new RegistrationStore(tables, Date.now, outbox), site, state, log: silentLogger });
  const [provider, receiving] = deps.members as [(typeof deps.members)[0], (typeof deps.members)[0]];

  standIn.resetCounters();
  for (let i = 0; i < COURSES; i++) await courses.create(course(i, provider, receiving));
  const created = await worker.drain();
  const createRu = standIn.counters().resourceUnits;
  if (created.delivered !== COURSES || created.failed > 0) throw new Error(`creates not delivered: ${JSON.stringify(created)}, ${(await outbox.status()).lastError}`);

  // One coordinator edit at a time (a new title and a session's place), delivered at once.
  const deliveryMs: number[] = [];
  standIn.resetCounters();
  for (let e = 0; e < EDITS; e++) {
    const stored = (await courses.get(`bench-kurs-${e % COURSES}`))!;
    const next = { ...stored.record, title: `Kurs ${e % COURSES}, ändrad ${e}`, sessions: stored.record.sessions.map((s, k) => (k === 0 ? { ...s, place: `Studio ${e}` } : s)) };
    const started = performance.now();
    await courses.replace(stored, next);
    const pass = await worker.drain();
    deliveryMs.push(performance.now() - started);
    if (pass.delivered !== 1 || pass.refused > 0) throw new Error(`edit not delivered: ${JSON.stringify(pass)}`);
  }
  const editRu = standIn.counters().resourceUnits;
  const editRequests = standIn.counters().requests;
  const sorted = [...deliveryMs].sort((a, b) => a - b);
  const withSchedule = (intervalSeconds: number) => {
    const latencies = deliveryMs.map((d, i) => intervalSeconds * 1000 * (1 - (i + 0.5) / deliveryMs.length) + d).sort((a, b) => a - b);
    return { p50Seconds: round(percentile(latencies, 50) / 1000, 1), p95Seconds: round(percentile(latencies, 95) / 1000, 1) };
  };
  return {
    courses: COURSES,
    itemsPerCourse: 1 + 3 + 1,
    resourceUnitsPerCourseCreated: round(createRu / COURSES, 1),
    edits: EDITS,
    resourceUnitsPerEdit: round(editRu / EDITS, 1),
    requestsPerEdit: round(editRequests / EDITS, 1),
    deliveryMs: { p50: round(percentile(sorted, 50), 1), p95: round(percentile(sorted, 95), 1) },
    editToListItem: { functionsEveryMinute: withSchedule(SCHEDULES_SECONDS.functions), localHostEvery10s: withSchedule(SCHEDULES_SECONDS.localHost) },
  };
}
