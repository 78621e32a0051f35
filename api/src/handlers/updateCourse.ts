// PUT /api/courses/{id} (coordinators): replaces a course's details and sessions. On a published
// course a change of time or place becomes a course-changed event; more seats fill from the waitlist.
// A session with recorded attendance cannot be removed (409 session-has-attendance).
import { buildCourseRecord } from "../domain/catalogue/courseBuilder.js";
import { sessionChanges } from "../domain/catalogue/courseChanges.js";
import { courseInputSchema, type CourseRecord } from "../domain/catalogue/courseSchema.js";
import { toCourse } from "../domain/catalogue/courseView.js";
import { invalidFields, parseBody } from "../http/body.js";
import { problems } from "../http/problem.js";
import { json, type Handler } from "../http/route.js";
import type { Services } from "../services.js";
import { loadCourse } from "./catalogue/courseAccess.js";
import { checkProject } from "./catalogue/projectCheck.js";
import { cancelledCourseProblem, courseEvent, saveCourseChange } from "./catalogue/saveCourse.js";

export const updateCourse: Handler<"coordinator"> = async ({ request, services, caller, lang }) => {
  const stored = await loadCourse(services, request, caller);
  const input = await parseBody(request, courseInputSchema, lang);
  if (stored.record.status === "cancelled") throw cancelledCourseProblem();
  await checkProject(services, input.project, stored.record.project, lang);
  const directory = await services.directory.current();
  const nowMs = services.now();
  const built = buildCourseRecord(input, (id) => directory.get(id), stored.record, nowMs);
  if (!built.ok) throw invalidFields(built.problems.map((p) => ({ field: p.field, message: p.text[lang] })));
  await refuseRemovingAttendedSessions(services, stored.record, built.record);
  const changes = stored.record.status === "published" ? sessionChanges(stored.record, built.record) : [];
  await saveCourseChange(services, stored, built.record, changes.length > 0 ? [courseEvent(built.record, "course-changed", nowMs, { changes })] : []);
  await services.registrations.fillFreeSeats(built.record);
  return json(toCourse(built.record, await services.registrations.ledger(built.record.id)));
};

/**
 * Hours recorded for a session are grant money: removing the session would drop them from every
 * report (and a later session could be given its id). The coordinator clears them first.
 */
async function refuseRemovingAttendedSessions(services: Services, before: CourseRecord, after: CourseRecord): Promise<void> {
  const removed = before.sessions.filter((s) => !after.sessions.some((n) => n.id === s.id));
  if (removed.length === 0) return;
  const { registrations } = await services.registrations.list(before.id);
  const attended = removed.filter((s) => registrations.some((r) => (r.attendance[s.id] ?? 0) > 0));
  if (attended.length === 0) return;
  const when = attended.map((s) => s.start.slice(0, 16).replace("T", " ")).join(", ");
  throw problems.conflict("session-has-attendance", { sv: "Närvaro är registrerad", en: "Attendance is recorded" }, {
    sv: `Kurstillfället ${when} har registrerad närvaro och kan inte tas bort. Nollställ närvaron först, eller ändra tiden i stället.`,
    en: `The session ${when} has recorded attendance and cannot be removed. Clear its attendance first, or change its time instead.`,
  });
}
