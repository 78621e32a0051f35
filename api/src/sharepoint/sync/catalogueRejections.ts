// Why the catalogue's projection (catalogueProjection.ts) rejects a row, as the sync health view
// shows it to coordinators: the column at fault and what is wrong and what to do, in Swedish and
// English. `reason` stays the English line for logs.
import type { CourseRecord } from "../../domain/catalogue/courseSchema.js";
import type { FieldProblem } from "../../domain/catalogue/courseBuilder.js";
import { hoursMessages } from "../../domain/catalogue/messages.js";
import type { HoursProblem } from "../../domain/catalogue/hours.js";
import type { RegistrationRecord } from "../../domain/catalogue/registrationRecord.js";
import { listLabel } from "../listNames.js";
import { courseItems, REGISTRATION_STATUS_LABELS, sessionItems } from "../mapping/catalogueItems.js";
import { asSentence, brokenLookup, keyUsedTwice, rejectionOf, withNote, type FieldIssue, type Rejection } from "../mapping/rejection.js";

const VALID_COURSE = { sv: "en giltig utbildning", en: "a valid course" };
const VALID_MEMBER = { sv: "en giltig medlem", en: "a valid member" };

/** What happens to a course row that is rejected: the app's version stays, or there is none yet. */
export function courseKept(rejection: Rejection, stored: boolean): Rejection {
  if (!stored) return withNote(rejection, { sv: "Utbildningen visas inte i appen förrän raden är rättad.", en: "The course is not shown in the app until the row is corrected." });
  return { ...withNote(rejection, { sv: "Appen behåller den senast giltiga versionen.", en: "The app keeps the last valid version." }), reason: `${rejection.reason} (the app keeps the last valid version)` };
}

/** A course row deleted in the list while the course lives on in the app (decision 0007). */
export const deletedCourseRow = (key: string): Rejection => ({
  reason: `deleted in the list, but course ${key} is not cancelled in the app (a deleted row neither deletes nor cancels a course); it is written again at its next change`,
  problem: {
    sv: `Raden togs bort i listan, men utbildningen "${key}" finns kvar i appen: en borttagen rad tar inte bort eller ställer in en utbildning, eftersom dess anmälningar och närvaro ska finnas kvar. Ska den inte ges, ställ in den i fliken Utbildningar. Raden skrivs till listan igen nästa gång utbildningen ändras i appen.`,
    en: `The row was deleted in the list, but the course "${key}" remains in the app: a deleted row neither deletes nor cancels a course, as its registrations and attendance must stay. If it is not to be given, cancel it in the Courses tab. The row is written to the list again the next time the course changes in the app.`,
  },
});

export const duplicateCourseKey = (key: string, firstItemId: string): Rejection => ({
  reason: `CourseKey "${key}" is used by another item already`,
  ...keyUsedTwice("courses", "CourseKey", key, firstItemId, { sv: "utbildningen", en: "the course" }),
});

export const duplicateSessionKey = (key: string, courseId: string, firstItemId: string): Rejection => ({
  reason: `SessionKey "${key}" is used by another session of course ${courseId}`,
  ...keyUsedTwice("sessions", "SessionKey", key, firstItemId, { sv: "tillfället", en: "the session" }),
});

/** A session, receiving site or registration whose Course lookup points at no valid course. */
export const unknownCourse = (list: "sessions" | "receivingSites" | "registrations", courseItemId: string): Rejection => ({
  reason: `unknown course: the Course lookup points to item ${courseItemId}, which is not a valid course`,
  ...brokenLookup(list, "Course", "courses", courseItemId, VALID_COURSE),
});

/** A session of a course row that was itself rejected (its key is used twice). */
export const sessionOfRejectedCourse = (courseItemId: string): Rejection => ({
  reason: `its course (item ${courseItemId}) was rejected`,
  column: "Course",
  problem: {
    sv: `Utbildningen på rad ${courseItemId} i Utbildningar är inte godkänd (se den raden), så tillfället används inte förrän den är rättad.`,
    en: `The course in item ${courseItemId} of Utbildningar is rejected (see that row), so the session is not used until it is corrected.`,
  },
});

/** A session the course builder refused: the session is left out, the course is saved without it. */
export function rejectedSession(problems: readonly FieldProblem[]): Rejection {
  const own = problems.map((p) => ({ ...p, field: p.field.replace(/^sessions\.\d+\./, "") }));
  const issues = own.map((p) => ({ field: p.field, ...asSentence(p.text) }));
  const rejection = rejectionOf("sessions", sessionItems.fields, own.map((p) => `${p.field}: ${p.text.en}`).join("; "), issues);
  return withNote(rejection, { sv: "Tillfället är inte med i utbildningen förrän det är rättat.", en: "The session is left out of the course until it is corrected." });
}

/** A course the builder refused: the Provider lookup, the receiving sites' rows, the deadline, ... */
export function rejectedCourse(
  problems: readonly FieldProblem[],
  providerItemId: string,
  sites: readonly { itemId: string; memberItemId: string; member: unknown }[],
): Rejection {
  const reason = problems.map((p) => (p.field === "providerMemberId" ? `Provider: the Provider lookup points to item ${providerItemId}, which is not a valid member` : `${p.field}: ${p.text.en}`)).join("; ");
  const issues = problems.map((p): FieldIssue => {
    if (p.field === "providerMemberId") return { field: p.field, ...lookupIssue(brokenLookup("courses", "Provider", "members", providerItemId, VALID_MEMBER)) };
    const site = /^receivingSites\.(\d+)\./.exec(p.field);
    if (site) {
      // The row at fault is in the receiving sites' list: said in the text, no column of this one.
      const { itemId, memberItemId, member } = sites[Number(site[1])]!;
      const text = member ? asSentence(p.text) : brokenLookup("receivingSites", "Member", "members", memberItemId, VALID_MEMBER).problem;
      const where = listLabel("receivingSites").sv;
      return { field: p.field, column: null, sv: `${where}, rad ${itemId}: ${text.sv}`, en: `${where}, item ${itemId}: ${text.en}` };
    }
    if (p.field === "receivingSites") {
      const text = asSentence(p.text);
      return { field: p.field, column: "Format", sv: `${text.sv} Ändra Form, eller utbildningens rader i Mottagande lärcentra.`, en: `${text.en} Change Format, or the course's rows in Mottagande lärcentra.` };
    }
    return { field: p.field, ...asSentence(p.text) };
  });
  return rejectionOf("courses", courseItems.fields, reason, issues);
}

const lookupIssue = (lookup: ReturnType<typeof brokenLookup>) => ({ column: lookup.column, ...lookup.problem });

/** A course naming a project the Projekt list does not have. */
export function rejectedProject(problem: FieldProblem): Rejection {
  return rejectionOf("courses", courseItems.fields, `Project: ${problem.text.en}`, [{ field: problem.field, ...asSentence(problem.text) }]);
}

export const reopenedCourse = (): Rejection => ({
  reason: "the course is cancelled in the app and cannot be reopened: create a new course",
  column: "Status",
  problem: {
    sv: "Utbildningen är inställd i appen och kan inte öppnas igen: skapa en ny utbildning i stället. Appen behåller den inställda utbildningen.",
    en: "The course is cancelled in the app and cannot be reopened: create a new course instead. The app keeps the cancelled course.",
  },
});

export const attendedSessionsRemoved = (sessionIds: readonly string[]): Rejection => {
  const ids = sessionIds.join(", ");
  const one = sessionIds.length === 1;
  return {
    reason: `session ${ids} has recorded attendance and cannot be removed: clear its attendance first`,
    problem: one
      ? {
          sv: `Tillfälle ${ids} har registrerad närvaro och kan inte tas bort. Rensa närvaron först, eller lägg tillbaka tillfället i Kurstillfällen. Appen behåller den senast giltiga versionen.`,
          en: `Session ${ids} has recorded attendance and cannot be removed. Clear its attendance first, or put the session back in Kurstillfällen. The app keeps the last valid version.`,
        }
      : {
          sv: `Tillfällena ${ids} har registrerad närvaro och kan inte tas bort. Rensa närvaron först, eller lägg tillbaka tillfällena i Kurstillfällen. Appen behåller den senast giltiga versionen.`,
          en: `Sessions ${ids} have recorded attendance and cannot be removed. Clear their attendance first, or put the sessions back in Kurstillfällen. The app keeps the last valid version.`,
        },
  };
};

/** Saving failed (storage, a lost race): nothing to correct in the row. */
export const notSavedYet = (error: unknown): Rejection => ({
  reason: `not saved (${String((error as Error)?.message ?? error)}); tried again next sync`,
  problem: {
    sv: "Kunde inte sparas just nu; nästa synkronisering försöker igen. Står felet kvar, kontakta den som förvaltar appen.",
    en: "Could not be saved just now; the next sync tries again. If this stays, contact whoever runs the app.",
  },
});

const statusLabel = (status: RegistrationRecord["status"]) => REGISTRATION_STATUS_LABELS[status];

/** A registration row the app did not make (or of another course). */
export const unknownRegistration = (key: string, course: CourseRecord): Rejection => ({
  reason: `RegistrationKey "${key}" is not a registration of ${course.id} in the app: registrations are made in Teams, where seats and waitlists are decided`,
  column: "RegistrationKey",
  problem: {
    sv: `Anmälnings-id "${key}" är ingen anmälan till "${course.title}" i appen. Anmälningar görs i Teams, där platser och väntelistor bestäms: anmäl deltagaren där och ta bort raden.`,
    en: `Registration id "${key}" is not a registration of "${course.title}" in the app. Registrations are made in Teams, where seats and waitlists are decided: register the person there and remove this row.`,
  },
});

export const reopenedRegistration = (): Rejection => ({
  reason: "cancelled in the app: a cancelled registration cannot be reopened, register again in Teams",
  column: "Status",
  problem: {
    sv: "Anmälan är avbokad i appen och kan inte öppnas igen. Appen behåller Avanmäld; anmäl deltagaren på nytt i Teams.",
    en: "The registration is cancelled in the app and cannot be reopened. The app keeps Avanmäld; register the person again in Teams.",
  },
});

export const statusDiffers = (listStatus: RegistrationRecord["status"], appStatus: RegistrationRecord["status"]): Rejection => ({
  reason: `Status "${listStatus}" differs from the app's "${appStatus}": seats and waitlists are decided by the app (set Avanmäld to cancel)`,
  column: "Status",
  problem: {
    sv: `Status "${statusLabel(listStatus)}" stämmer inte med appens "${statusLabel(appStatus)}": platser och väntelistor bestäms av appen. Sätt Avanmäld för att avboka; annars gäller "${statusLabel(appStatus)}".`,
    en: `Status "${statusLabel(listStatus)}" differs from the app's "${statusLabel(appStatus)}": seats and waitlists are decided by the app. Set Avanmäld to cancel; otherwise "${statusLabel(appStatus)}" stands.`,
  },
});

export const memberDiffers = (listMember: string, appMember: string): Rejection => ({
  reason: `PersonMember "${listMember}" differs from the app's "${appMember}": the member is corrected in the tab, where the hours are counted`,
  column: "PersonMember",
  problem: {
    sv: `Medlemmen "${listMember}" stämmer inte med appens "${appMember}", som timmarna räknas för. Rätta medlemmen i fliken Utbildningar (kursens anmälningar), så skrivs den hit; annars gäller "${appMember}".`,
    en: `The member "${listMember}" differs from the app's "${appMember}", whose hours these are. Correct the member in the Courses tab (the course's registrations) and it is written here; otherwise "${appMember}" stands.`,
  },
});

/** One thing wrong with a row's attendance. */
export type AttendanceProblem = { kind: "unknown-session"; sessionId: string } | { kind: "hours"; sessionId: string; hours: number; problem: HoursProblem } | { kind: "not-registered"; status: RegistrationRecord["status"] };

export function rejectedAttendance(problems: readonly AttendanceProblem[]): Rejection {
  const reason = problems.map((p) => (p.kind === "unknown-session" ? `unknown session ${p.sessionId}` : p.kind === "hours" ? `${p.sessionId}: ${p.problem} (${p.hours})` : "attendance is recorded for registered people only"));
  const texts = problems.map((p) => {
    if (p.kind === "unknown-session") return { sv: `Utbildningen har inget tillfälle med Tillfälles-id "${p.sessionId}".`, en: `The course has no session with Session id "${p.sessionId}".` };
    if (p.kind === "hours") return { sv: `Tillfälle ${p.sessionId}, ${String(p.hours).replace(".", ",")} timmar: ${hoursMessages[p.problem].sv}.`, en: `Session ${p.sessionId}, ${p.hours} hours: ${hoursMessages[p.problem].en}.` };
    return { sv: `Närvaro registreras bara för anmälda, och anmälan har status ${statusLabel(p.status)}.`, en: `Attendance is recorded for registered people only, and this registration is ${statusLabel(p.status)}.` };
  });
  return {
    reason: `Attendance: ${reason.join("; ")}`,
    column: "Attendance",
    problem: {
      sv: `${texts.map((t) => t.sv).join(" ")} Appen behåller den närvaro som redan är registrerad.`,
      en: `${texts.map((t) => t.en).join(" ")} The app keeps the attendance already recorded.`,
    },
  };
}
