// DELETE /api/courses/{id}/registrations/{registrationId}: cancels your own registration (or,
// for coordinators, anyone's). The freed seat goes to the first on the same waitlist.
// Cancelling a cancelled registration answers 200 with it unchanged.
import { toRegistration } from "../domain/catalogue/registrationRecord.js";
import { ProblemError, problems } from "../http/problem.js";
import { json, type Handler } from "../http/route.js";
import { ContentionError } from "../store/optimisticRetry.js";
import { loadCourse, registrationIdOf, registrationNotFound } from "./catalogue/courseAccess.js";

const notYours = () =>
  new ProblemError(403, "forbidden", { sv: "Behörighet saknas", en: "Not allowed" }, {
    sv: "Du kan bara avboka dina egna anmälningar. Be en samordnare om hjälp att avboka någon annan.",
    en: "You can only cancel your own registrations. Ask a coordinator to cancel someone else's.",
  });

export const cancelRegistration: Handler<"user"> = async ({ request, services, caller }) => {
  const registrationId = registrationIdOf(request);
  const { record: course } = await loadCourse(services, request, caller);
  const existing = await services.registrations.get(course.id, registrationId);
  if (!existing) throw registrationNotFound(registrationId);
  if (existing.person.id !== caller.id && caller.role !== "coordinator") throw notYours();
  try {
    const result = await services.registrations.cancel(course, registrationId);
    if (!result) throw registrationNotFound(registrationId);
    return json(toRegistration(result.record, result.ledger));
  } catch (error) {
    if (error instanceof ContentionError) throw problems.unavailable();
    throw error;
  }
};
