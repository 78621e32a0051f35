// The courses, sessions, receiving sites, registrations and events lists -> validated records,
// and back: what the write-back outbox puts in each list (the inverse, for the fields the app
// owns). Courses, sessions, sites and registrations are projected into the catalogue through
// its store operations (sync/catalogueProjection.ts); events are mirrored and validated only.
import * as z from "zod";
import { COURSE_FORMATS, COURSE_STATUSES, EDUCATION_AREAS } from "../../contract/index.js";
import { courseFormat, courseId, courseStatus, projectName, sessionId } from "../../domain/catalogue/courseSchema.js";
import { educationAreaId } from "../../domain/directorySchema.js";
import { sumHours } from "../../domain/catalogue/hours.js";
import type { RegistrationRecord } from "../../domain/catalogue/registrationRecord.js";
import { choiceId, choiceIds, lookupId, optional, validated, type ListMapping } from "./listMapping.js";
import { LIST_NAMES } from "../listNames.js";

const itemRef = z.string().regex(/^\d+$/, "a lookup to an item");
const instant = z.iso.datetime({ offset: true });

const courseItemSchema = z.object({
  id: courseId,
  title: z.string().trim().min(1).max(200),
  providerItemId: itemRef,
  description: z.string().max(8000),
  areas: z.array(educationAreaId),
  format: courseFormat,
  status: courseStatus,
  project: projectName.nullable(),
  language: z.enum(["sv", "en"]),
  audience: z.string().max(1000),
  seats: z.number().int().min(0).nullable(),
  registrationDeadline: instant,
  cancellationReason: z.string().max(1000).optional(),
});

/**
 * A session's SessionKey is unique in the whole list, so the app writes "<course id>/s1";
 * rows keyed "s1" (entered before the app wrote sessions) still read.
 */
const sessionKey = z.string().regex(/^(?:[a-z0-9][a-z0-9-]{0,62}\/)?s[0-9]{1,4}$/, "<course id>/s1, or s1").transform((k) => k.split("/").pop()!);

const sessionItemSchema = z.object({
  id: sessionKey.pipe(sessionId),
  courseItemId: itemRef,
  start: instant,
  end: instant,
  place: z.string().max(300).optional(),
  onlineUrl: z.url().optional(),
  hours: z.number().min(0).max(24).optional(),
});

const siteItemSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}\/[a-z0-9][a-z0-9-]{0,62}$/, "<course id>/<member id>, as the app writes it"),
  courseItemId: itemRef,
  memberItemId: itemRef,
  room: z.string().trim().min(1).max(200),
  seats: z.number().int().min(0).max(10_000),
});

/** Unique in the whole list: session and registration ids count per course, a member receives a course once. */
export const sessionListKey = (courseId: string, sessionId: string) => `${courseId}/${sessionId}`;
export const siteListKey = (courseId: string, memberId: string) => `${courseId}/${memberId}`;
export const registrationKey = (courseId: string, registrationId: string) => `${courseId}/${registrationId}`;

const registrationItemSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}\/[0-9]{7}$/, "<course id>/<registration id>, as the app writes it"),
  courseItemId: itemRef,
  name: z.string().trim().min(1),
  email: z.email(),
  personMemberItemId: itemRef,
  siteMemberItemId: itemRef.optional(),
  status: z.enum(["registered", "waitlisted", "cancelled"]),
  attendance: z.record(sessionId, z.number().min(0)),
});

const eventItemSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/),
  title: z.string().trim().min(1),
  type: z.enum(["Digital fika", "Tekniknätverket", "Westumkonferensen", "Annat"]),
  start: instant,
  durationMinutes: z.number().int().min(0).optional(),
  recurrence: z.string().regex(/^FREQ=/, "an RRULE such as FREQ=MONTHLY;BYDAY=1TU").optional(),
  joinUrl: z.url().optional(),
  description: z.string().max(8000).optional(),
  active: z.boolean(),
});

export type CourseItem = z.infer<typeof courseItemSchema>;
export type SessionItem = z.infer<typeof sessionItemSchema>;
export type SiteItem = z.infer<typeof siteItemSchema>;
export type EventItem = z.infer<typeof eventItemSchema>;
export type RegistrationItem = z.infer<typeof registrationItemSchema>;

const LANGUAGES: Record<string, "sv" | "en"> = { Svenska: "sv", Engelska: "en", sv: "sv", en: "en" };
const REGISTRATION_STATUSES: Record<string, string> = { "Anmäld": "registered", "Väntelista": "waitlisted", "Avanmäld": "cancelled" };
/** The Status choice a registration's status is written back as. */
export const REGISTRATION_STATUS_LABELS: Record<"registered" | "waitlisted" | "cancelled", string> = { registered: "Anmäld", waitlisted: "Väntelista", cancelled: "Avanmäld" };

function attendance(value: unknown): unknown {
  if (value === undefined || value === null || value === "") return {};
  try {
    return JSON.parse(String(value));
  } catch {
    return value;
  }
}

export const courseItems: ListMapping<z.infer<typeof courseItemSchema>> = {
  list: "courses",
  displayName: LIST_NAMES.courses.label.sv,
  fields: ["Title", "CourseKey", "ProviderLookupId", "Description", "EducationAreas", "Format", "Status", "Project", "Language", "Audience", "Seats", "RegistrationDeadline", "CancellationReason"],
  map: (f) =>
    validated(courseItemSchema, {
      id: f.CourseKey,
      title: f.Title,
      providerItemId: lookupId(f, "Provider"),
      description: f.Description ?? "",
      areas: choiceIds(EDUCATION_AREAS, f.EducationAreas),
      format: choiceId(COURSE_FORMATS, f.Format),
      status: choiceId(COURSE_STATUSES, f.Status),
      project: optional(f.Project) ?? null,
      language: LANGUAGES[String(f.Language ?? "Svenska")] ?? f.Language,
      audience: f.Audience ?? "",
      seats: f.Seats ?? null,
      registrationDeadline: f.RegistrationDeadline,
      cancellationReason: optional(f.CancellationReason),
    }),
};

export const sessionItems: ListMapping<z.infer<typeof sessionItemSchema>> = {
  list: "sessions",
  displayName: LIST_NAMES.sessions.label.sv,
  fields: ["Title", "SessionKey", "CourseLookupId", "Start", "End", "Place", "OnlineUrl", "Hours"],
  map: (f) =>
    validated(sessionItemSchema, {
      id: f.SessionKey,
      courseItemId: lookupId(f, "Course"),
      start: f.Start,
      end: f.End,
      place: optional(f.Place),
      onlineUrl: optional(f.OnlineUrl),
      hours: optional(f.Hours),
    }),
};

export const siteItems: ListMapping<z.infer<typeof siteItemSchema>> = {
  list: "receivingSites",
  displayName: LIST_NAMES.receivingSites.label.sv,
  fields: ["Title", "SiteKey", "CourseLookupId", "MemberLookupId", "Seats"],
  map: (f) =>
    validated(siteItemSchema, {
      id: f.SiteKey,
      courseItemId: lookupId(f, "Course"),
      memberItemId: lookupId(f, "Member"),
      room: f.Title,
      seats: f.Seats,
    }),
};

export const registrationItems: ListMapping<z.infer<typeof registrationItemSchema>> = {
  list: "registrations",
  displayName: LIST_NAMES.registrations.label.sv,
  fields: ["Title", "RegistrationKey", "CourseLookupId", "PersonEmail", "PersonMemberLookupId", "SiteMemberLookupId", "Status", "Attendance"],
  map: (f) =>
    validated(registrationItemSchema, {
      id: f.RegistrationKey,
      courseItemId: lookupId(f, "Course"),
      name: f.Title,
      email: f.PersonEmail,
      personMemberItemId: lookupId(f, "PersonMember"),
      siteMemberItemId: lookupId(f, "SiteMember"),
      status: REGISTRATION_STATUSES[String(f.Status)] ?? f.Status,
      attendance: attendance(f.Attendance),
    }),
};

export const eventItems: ListMapping<z.infer<typeof eventItemSchema>> = {
  list: "events",
  displayName: LIST_NAMES.events.label.sv,
  fields: ["Title", "EventKey", "EventType", "Start", "DurationMinutes", "Recurrence", "JoinUrl", "Description", "Active"],
  map: (f) =>
    validated(eventItemSchema, {
      id: f.EventKey,
      title: f.Title,
      type: f.EventType,
      start: f.Start,
      durationMinutes: optional(f.DurationMinutes),
      recurrence: optional(f.Recurrence),
      joinUrl: optional(f.JoinUrl),
      description: optional(f.Description),
      // Rows from before the column existed are active.
      active: f.Active ?? true,
    }),
};

/**
 * A registration as the write-back puts it in the Anmälningar list: the inverse of
 * registrationItems for the fields the app owns. Lookups are the item ids of the course and
 * the members in their lists. Attendance is JSON text {"s1": 2.5}, as the mapping reads it.
 */
export function registrationListFields(record: RegistrationRecord, lookups: { courseItemId: string; personMemberItemId: string; siteMemberItemId?: string }): Record<string, unknown> {
  const attendance = Object.fromEntries(Object.entries(record.attendance).sort(([a], [b]) => a.localeCompare(b, "en", { numeric: true })));
  return {
    Title: record.person.name,
    RegistrationKey: registrationKey(record.courseId, record.id),
    CourseLookupId: lookups.courseItemId,
    PersonEmail: record.person.email,
    PersonMemberLookupId: lookups.personMemberItemId,
    ...(lookups.siteMemberItemId ? { SiteMemberLookupId: lookups.siteMemberItemId } : {}),
    Status: REGISTRATION_STATUS_LABELS[record.status],
    Attendance: JSON.stringify(attendance),
    AttendedHours: sumHours(Object.values(attendance)),
  };
}

/** The list fields each kind of change writes; a created registration writes them all. */
export const REGISTRATION_FIELDS_BY_CHANGE = { status: ["Status"], attendance: ["Attendance", "AttendedHours"], member: ["PersonMemberLookupId"] } as const;
