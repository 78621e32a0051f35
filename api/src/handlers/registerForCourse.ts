// POST /api/courses/{id}/registrations: register yourself, or (coordinators) someone else.
// 201 with status "registered" or "waitlisted" (and the waitlist position); 409 when the
// deadline has passed, the course is not open, or the person is already on it.
import { registrationRequestSchema } from "../domain/catalogue/courseSchema.js";
import { toRegistration } from "../domain/catalogue/registrationRecord.js";
import { parseBody } from "../http/body.js";
import { problems } from "../http/problem.js";
import { defineRoute, json } from "../http/route.js";
import { ContentionError } from "../store/optimisticRetry.js";
import { loadCourse, refusalProblem } from "./catalogue/courseAccess.js";

export const registerForCourse = defineRoute({
  name: "registerForCourse",
  methods: ["POST"],
  route: "courses/{id}/registrations",
  access: "user",
  async handle({ request, services, caller, lang }) {
    const body = await parseBody(request, registrationRequestSchema, lang);
    const forOther = body.person !== undefined && body.person.id !== caller.id;
    if (forOther && caller.role !== "coordinator") throw problems.forbidden();
    const { record: course } = await loadCourse(services, request, caller);
    const person = body.person ?? { id: caller.id, name: caller.name, email: caller.email };

    // The person's own member: given, known from the directory's contacts, or the chosen site.
    const directory = await services.directory.current();
    const memberId = body.memberId ?? (forOther ? undefined : directory.memberOfEmail(person.email)) ?? body.siteMemberId;
    if (!memberId || !directory.get(memberId)) {
      throw problems.invalidInput([{ field: "memberId", message: memberId ? "unknown member" : "required" }], {
        sv: "Ange vilken medlem (lärcentrum) deltagaren hör till (memberId): timmarna räknas per medlem.",
        en: "Say which member (learning centre) the participant belongs to (memberId): hours are counted per member.",
      });
    }

    try {
      const outcome = await services.registrations.register(course, {
        person: { ...person, memberId },
        siteMemberId: body.siteMemberId,
        createdBy: caller.id,
        byCoordinatorForOther: forOther,
      });
      if (!outcome.ok) throw refusalProblem(outcome.reason, course.registrationDeadline);
      return json(toRegistration(outcome.record, outcome.ledger), 201);
    } catch (error) {
      if (error instanceof ContentionError) throw problems.unavailable();
      throw error;
    }
  },
});
