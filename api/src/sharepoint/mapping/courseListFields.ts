// What the write-back puts in the lists for what coordinators make in the tabs: a course, its
// sessions and its receiving sites, and a fika series (a "Digital fika" row of the events list).
// The inverse of the read mappings in catalogueItems.ts, column for column, so that a written
// item reads back as the same record. Lookups are list item ids, found by the caller.
// Times are written as UTC instants (SharePoint keeps dateTime columns in UTC and Graph answers
// in UTC); choices with the Swedish labels coordinators see.
import { stockholmInstant } from "@campus-westum/bot/stockholmClock";
import { COURSE_FORMATS, COURSE_STATUSES, EDUCATION_AREAS, type FikaSeries } from "../../contract/index.js";
import type { CourseRecord } from "../../domain/catalogue/courseSchema.js";
import { sessionListKey, siteListKey } from "./catalogueItems.js";

type Fields = Record<string, unknown>;
type Session = CourseRecord["sessions"][number];
type Site = CourseRecord["receivingSites"][number];

export const label = (list: readonly { id: string; sv: string }[], id: string) => list.find((e) => e.id === id)?.sv ?? id;
/** Whole seconds in UTC, as Graph answers dateTime columns. */
export const utcInstant = (iso: string) => new Date(Date.parse(iso)).toISOString().replace(/\.\d{3}Z$/, "Z");
/** Graph clears a column given null; an absent value is written as null so an update clears it. */
export const orNull = (value: unknown) => (value === undefined || value === "" ? null : value);

export function courseListFields(course: CourseRecord, lookups: { providerItemId: string }): Fields {
  return {
    Title: course.title,
    CourseKey: course.id,
    ProviderLookupId: lookups.providerItemId,
    Description: course.description,
    EducationAreas: course.areas.map((a) => label(EDUCATION_AREAS, a)),
    "EducationAreas@odata.type": "Collection(Edm.String)",
    Format: label(COURSE_FORMATS, course.format),
    Status: label(COURSE_STATUSES, course.status),
    Project: orNull(course.project),
    Language: course.language === "en" ? "Engelska" : "Svenska",
    Audience: course.audience,
    Seats: orNull(course.seats),
    RegistrationDeadline: utcInstant(course.registrationDeadline),
    CancellationReason: orNull(course.cancellationReason),
  };
}

export function sessionListFields(course: CourseRecord, session: Session, lookups: { courseItemId: string }): Fields {
  return {
    // When and where: the Course lookup already names the course, and a new course title then
    // changes the course item only, not every session (2 RU a write).
    Title: `${session.start.slice(0, 16).replace("T", " ")}${session.place ? `, ${session.place}` : ""}`.slice(0, 255),
    SessionKey: sessionListKey(course.id, session.id),
    CourseLookupId: lookups.courseItemId,
    Start: utcInstant(session.start),
    End: utcInstant(session.end),
    Place: orNull(session.place),
    OnlineUrl: orNull(session.onlineUrl),
    Hours: session.hours,
  };
}

export function siteListFields(course: CourseRecord, site: Site, lookups: { courseItemId: string; memberItemId: string }): Fields {
  return {
    Title: site.room,
    SiteKey: siteListKey(course.id, site.memberId),
    CourseLookupId: lookups.courseItemId,
    MemberLookupId: lookups.memberItemId,
    Seats: site.seats,
  };
}

/** A fika series as a row of the events list: its first occurrence is Start, its rule Recurrence. */
export function fikaEventFields(series: FikaSeries): Fields {
  const [hour, minute] = series.time.split(":").map(Number);
  return {
    Title: series.title,
    EventKey: series.id,
    EventType: "Digital fika",
    Start: utcInstant(new Date(stockholmInstant(series.firstDate, hour!, minute)).toISOString()),
    DurationMinutes: series.durationMinutes,
    Recurrence: series.rrule,
    JoinUrl: series.joinUrl,
    Active: series.active,
  };
}

/** Create requests leave empty columns out (null means "clear", which a new item has no use for). */
export const withoutNulls = (fields: Fields): Fields => Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null));
