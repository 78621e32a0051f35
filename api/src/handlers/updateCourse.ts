// PUT /api/courses/{id} (coordinators): replaces a course's details and sessions. On a published
// course a change of time or place becomes a course-changed event; more seats fill from the waitlist.
import { buildCourseRecord } from "../domain/catalogue/courseBuilder.js";
import { sessionChanges } from "../domain/catalogue/courseChanges.js";
import { courseInputSchema } from "../domain/catalogue/courseSchema.js";
import { toCourse } from "../domain/catalogue/courseView.js";
import { invalidFields, parseBody } from "../http/body.js";
import { defineRoute, json } from "../http/route.js";
import { loadCourse } from "./catalogue/courseAccess.js";
import { cancelledCourseProblem, courseEvent, saveCourseChange } from "./catalogue/saveCourse.js";

export const updateCourse = defineRoute({
  name: "updateCourse",
  methods: ["PUT"],
  route: "courses/{id}",
  access: "coordinator",
  async handle({ request, services, caller, lang }) {
    const stored = await loadCourse(services, request, caller);
    const input = await parseBody(request, courseInputSchema, lang);
    if (stored.record.status === "cancelled") throw cancelledCourseProblem();
    const directory = await services.directory.current();
    const nowMs = services.now();
    const built = buildCourseRecord(input, (id) => directory.get(id), stored.record, nowMs);
    if (!built.ok) throw invalidFields(built.problems.map((p) => ({ field: p.field, message: p.text[lang] })));
    const changes = stored.record.status === "published" ? sessionChanges(stored.record, built.record) : [];
    await saveCourseChange(services, stored, built.record, changes.length > 0 ? [courseEvent(built.record, "course-changed", nowMs, { changes })] : []);
    await services.registrations.fillFreeSeats(built.record);
    return json(toCourse(built.record, await services.registrations.ledger(built.record.id)));
  },
});
