// PATCH /api/courses/{id}/registrations/{registrationId} (coordinators): corrects the member a
// registration's hours count for, e.g. one its person declared. The registration then says that
// a coordinator set it (memberSource "coordinator"); seats, status and attendance stay as they are.
import * as z from "zod";
import { memberId } from "../domain/catalogue/courseSchema.js";
import { toRegistration } from "../domain/catalogue/registrationRecord.js";
import { parseBody } from "../http/body.js";
import { problems } from "../http/problem.js";
import { json, type Handler } from "../http/route.js";
import { ContentionError } from "../store/optimisticRetry.js";
import { loadCourse, registrationIdOf, registrationNotFound, unknownMemberProblem } from "./catalogue/courseAccess.js";

const memberChangeSchema = z.object({ memberId });

export const changeRegistrationMember: Handler<"coordinator"> = async ({ request, services, caller, lang }) => {
  const registrationId = registrationIdOf(request);
  const { record: course } = await loadCourse(services, request, caller);
  const body = await parseBody(request, memberChangeSchema, lang);
  if (!(await services.directory.current()).get(body.memberId)) {
    throw unknownMemberProblem();
  }
  try {
    const record = await services.registrations.setMember(course.id, registrationId, body.memberId);
    if (!record) throw registrationNotFound(registrationId);
    return json(toRegistration(record, await services.registrations.ledger(course.id)));
  } catch (error) {
    if (error instanceof ContentionError) throw problems.unavailable();
    throw error;
  }
};
