// POST /api/courses/{id}/registrations: register yourself, or (coordinators) someone else.
// The person is the caller's token (id, name, e-mail) unless a coordinator names someone; the
// member is the directory's, the person's declaration where the directory does not know her, or
// the coordinator's (domain/catalogue/registrantMember.ts).
// 201 with status "registered" or "waitlisted" (and the waitlist position); 409 when the
// deadline has passed, the course is not open, or the person is already on it.
import { decideRegistrant, type RegistrantRefusal } from "../domain/catalogue/registrantMember.js";
import { registrationRequestSchema } from "../domain/catalogue/courseSchema.js";
import { toRegistration } from "../domain/catalogue/registrationRecord.js";
import { parseBody } from "../http/body.js";
import { problems, type ProblemError } from "../http/problem.js";
import { json, type Handler } from "../http/route.js";
import { ContentionError } from "../store/optimisticRetry.js";
import { loadCourse, refusalProblem, unknownMemberProblem } from "./catalogue/courseAccess.js";

export const registerForCourse: Handler<"user"> = async ({ request, services, caller, lang }) => {
  const body = await parseBody(request, registrationRequestSchema, lang);
  const { record: course } = await loadCourse(services, request, caller);
  const directory = await services.directory.current();
  const decided = decideRegistrant({
    caller: { ...caller, coordinator: caller.role === "coordinator" },
    person: body.person,
    memberId: body.memberId,
    memberOf: (email) => directory.memberOfEmail(email),
  });
  if (!decided.ok) throw registrantProblem(decided.reason, decided.directoryMemberId && directory.get(decided.directoryMemberId)?.name);
  const { person, memberSource } = decided.registrant;
  if (!directory.get(person.memberId)) throw unknownMemberProblem();

  const forOther = person.id !== caller.id;
  try {
    const outcome = await services.registrations.register(course, {
      person,
      memberSource,
      siteMemberId: body.siteMemberId,
      createdBy: caller.id,
      ...(forOther ? { createdByName: caller.name } : {}),
      byCoordinatorForOther: forOther,
    });
    if (!outcome.ok) throw refusalProblem(outcome.reason, course.registrationDeadline);
    return json(toRegistration(outcome.record, outcome.ledger), 201);
  } catch (error) {
    if (error instanceof ContentionError) throw problems.unavailable();
    throw error;
  }
};

function registrantProblem(reason: RegistrantRefusal, directoryMemberName: string | undefined): ProblemError {
  switch (reason) {
    case "person-not-allowed":
      return problems.invalidInput([{ field: "person", message: "coordinators only" }], {
        sv: "Du anmäler dig själv: namn och e-post kommer från din inloggning. Bara samordnare kan anmäla någon annan (fältet person).",
        en: "You register yourself: your name and e-mail come from your sign-in. Only coordinators can register someone else (the person field).",
      });
    case "member-differs":
      return problems.invalidInput([{ field: "memberId", message: "not the directory's member" }], {
        sv: `Medlemskatalogen har dig som kontaktperson hos ${directoryMemberName ?? "en annan medlem"}, och timmarna räknas dit. Stämmer det inte, be en samordnare rätta katalogen eller din anmälan.`,
        en: `The member directory lists you as a contact of ${directoryMemberName ?? "another member"}, and your hours count there. If that is wrong, ask a coordinator to correct the directory or your registration.`,
      });
    case "member-required":
      return problems.invalidInput([{ field: "memberId", message: "required" }], {
        sv: "Ange vilken medlem (lärcentrum) deltagaren hör till (memberId): medlemskatalogen känner inte till e-postadressen, och timmarna räknas per medlem.",
        en: "Say which member (learning centre) the participant belongs to (memberId): the member directory does not know the e-mail address, and hours are counted per member.",
      });
  }
}
