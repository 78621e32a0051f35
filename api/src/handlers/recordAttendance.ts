// PUT /api/courses/{id}/attendance (coordinators): hours per session per registration. Each entry
// replaces what was recorded for that session (0 clears it). All entries are checked first, and
// nothing is saved if any is wrong: 400 naming every wrong entry, 409 for someone not registered.
import type { RegistrationRecord } from "../domain/catalogue/registrationRecord.js";
import { attendanceUpdateSchema } from "../domain/catalogue/courseSchema.js";
import { attendedHoursProblem } from "../domain/catalogue/hours.js";
import { hoursMessages } from "../domain/catalogue/messages.js";
import { toRegistration } from "../domain/catalogue/registrationRecord.js";
import { invalidFields, parseBody } from "../http/body.js";
import { problems } from "../http/problem.js";
import { json, type Handler } from "../http/route.js";
import { isWriteConflict } from "../store/optimisticRetry.js";
import { loadCourse } from "./catalogue/courseAccess.js";

export const recordAttendance: Handler<"coordinator"> = async ({ request, services, caller, lang }) => {
  const { record: course } = await loadCourse(services, request, caller);
  const { entries } = await parseBody(request, attendanceUpdateSchema, lang);
  const { ledger, registrations, etags } = await services.registrations.list(course.id);
  const byId = new Map(registrations.map((r) => [r.id, r]));

  const errors: { field: string; message: string }[] = [];
  const notRegistered: string[] = [];
  entries.forEach((entry, i) => {
    const registration = byId.get(entry.registrationId);
    const session = course.sessions.find((s) => s.id === entry.sessionId);
    if (!registration) errors.push({ field: `entries.${i}.registrationId`, message: lang === "sv" ? "okänd anmälan" : "unknown registration" });
    if (!session) errors.push({ field: `entries.${i}.sessionId`, message: lang === "sv" ? "okänt kurstillfälle" : "unknown session" });
    const problem = attendedHoursProblem(entry.hours, session?.hours ?? Infinity);
    if (problem) errors.push({ field: `entries.${i}.hours`, message: `${hoursMessages[problem][lang]} (${entry.hours})` });
    if (registration && registration.status !== "registered") notRegistered.push(registration.person.name);
  });
  if (errors.length > 0) throw invalidFields(errors);
  if (notRegistered.length > 0) {
    throw problems.conflict("not-registered", { sv: "Inte anmäld", en: "Not registered" }, {
      sv: `Närvaro kan bara registreras för anmälda, inte för ${notRegistered.join(", ")} (väntelista eller avbokad). Ge dem en plats först.`,
      en: `Attendance can only be recorded for registered people, not for ${notRegistered.join(", ")} (waitlisted or cancelled). Give them a seat first.`,
    });
  }

  const changed = new Map<string, RegistrationRecord>();
  for (const entry of entries) {
    const current = changed.get(entry.registrationId) ?? byId.get(entry.registrationId)!;
    const attendance = { ...current.attendance, [entry.sessionId]: entry.hours };
    if (entry.hours === 0) delete attendance[entry.sessionId];
    changed.set(entry.registrationId, { ...current, attendance });
  }
  try {
    await services.registrations.saveAttendance(course.id, [...changed.values()].map((record) => ({ record, etag: etags.get(record.id)! })));
  } catch (error) {
    if (!isWriteConflict(error)) throw error;
    throw problems.conflict("edited-meanwhile", { sv: "Ändrad under tiden", en: "Changed meanwhile" }, {
      sv: "Någon annan ändrade anmälningarna medan du arbetade. Ladda om närvarolistan och spara igen.",
      en: "Someone else changed the registrations while you were working. Reload the attendance list and save again.",
    });
  }
  return json([...changed.values()].map((r) => toRegistration(r, ledger)));
};
