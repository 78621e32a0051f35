// The sync's health as coordinators read it (GET /api/sync/status and the retry's answer): the
// sync's status with each failed write-back named by its course or fika series and, for a
// registration, its person, so the tab says what did not reach the lists. At most 50 failures
// are listed (outboxStore.ts), so naming them is bounded.
import type { SyncStatus, WriteBackFailure } from "../contract/index.js";
import { fikaStoreOf } from "../bot/fikaServices.js";
import type { Services } from "../services.js";

export async function syncHealthOf(services: Services): Promise<SyncStatus> {
  if (!services.sharepointSync) return { source: "local", running: false };
  const status = await services.sharepointSync.status();
  if (!status.outbox || status.outbox.failures.length === 0) return status;
  const failures = await Promise.all(status.outbox.failures.map((f) => named(services, f)));
  return { ...status, outbox: { ...status.outbox, failures } };
}

async function named(services: Services, failure: WriteBackFailure): Promise<WriteBackFailure> {
  if (failure.kind === "fika") {
    // A series' group is "fika~<series id>" (sharepoint/outbox/outboxItems.ts).
    const found = await fikaStoreOf(services).getSeries(failure.group.slice(failure.group.indexOf("~") + 1));
    return { ...failure, ...(found ? { title: found.title } : {}) };
  }
  if (failure.kind === "needs") {
    // A round's group is "needs~<round id>" (sharepoint/outbox/outboxItems.ts).
    const found = await services.needs.getRound(failure.group.slice(failure.group.indexOf("~") + 1));
    return { ...failure, ...(found ? { title: found.record.title } : {}) };
  }
  const [course, registration] = await Promise.all([
    services.courses.get(failure.group),
    failure.registrationId ? services.registrations.get(failure.group, failure.registrationId) : undefined,
  ]);
  return { ...failure, ...(course ? { title: course.record.title } : {}), ...(registration ? { personName: registration.person.name } : {}) };
}
