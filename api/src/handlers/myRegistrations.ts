// GET /api/me/registrations: the caller's registrations on every course, soonest course first.
import type { MyRegistration } from "../contract/index.js";
import { epochOf, toCourseSummary } from "../domain/catalogue/courseView.js";
import { toRegistration } from "../domain/catalogue/registrationRecord.js";
import { json, type Handler } from "../http/route.js";

export const myRegistrations: Handler<"user"> = async ({ services, caller }) => {
  const records = await services.registrations.ofPerson(caller.id);
  const courseIds = [...new Set(records.map((r) => r.courseId))];
  const loaded = await Promise.all(
    courseIds.map(async (id) => [id, await services.courses.get(id), await services.registrations.ledger(id)] as const),
  );
  const items: MyRegistration[] = [];
  for (const [id, stored, ledger] of loaded) {
    if (!stored) continue;
    for (const record of records.filter((r) => r.courseId === id)) {
      items.push({ registration: toRegistration(record, ledger), course: toCourseSummary(stored.record, ledger) });
    }
  }
  const start = (i: MyRegistration) => (i.course.firstStart ? epochOf(i.course.firstStart) : Number.MAX_SAFE_INTEGER);
  return json(items.sort((a, b) => start(a) - start(b) || a.registration.id.localeCompare(b.registration.id)));
};
