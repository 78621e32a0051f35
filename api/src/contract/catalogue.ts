// The shared course catalogue as the API serves it and the tabs read it.
//
// Times: every instant is ISO 8601 with the Europe/Stockholm offset of that instant
// ("2026-03-29T03:30:00+02:00"). Inputs may also give a Stockholm wall time without an offset
// ("2026-03-29T03:30"); a wall time that does not exist (spring forward) or exists twice (fall
// back) is refused with 400 unless the offset is given. Dates (from, to, month) are Stockholm days.
//
// Routes and statuses (errors are problem+json, see ProblemDetails; `type` ends in the slug):
//   GET    /api/courses                          200 CourseSearchResult; 400 invalid-input; 403 status≠published for staff
//   GET    /api/courses/{id}                     200 Course; 404 (staff: also drafts); 400 bad id
//   POST   /api/courses                          201 Course (coordinator; created as draft); 400; 403
//   PUT    /api/courses/{id}                     200 Course (coordinator); 400; 403; 404; 409 course-cancelled,
//          409 session-has-attendance (a removed session has recorded hours: clear them first)
//   POST   /api/courses/{id}/publish             200 Course (coordinator); 409 course-cancelled; 404
//   POST   /api/courses/{id}/cancel              200 Course (coordinator; body CancelCourseRequest); 404
//   GET    /api/courses/{id}/calendar.ics        200 text/calendar, one VEVENT per session with place/join link
//   GET    /api/calendar/courses/{id}/calendar.ics?expires&signature   the same without a token (a bot card's
//          signed link); 403 link-invalid, 410 link-expired (an HTML page when the browser accepts text/html)
//   POST   /api/courses/{id}/registrations       201 Registration (status registered or waitlisted);
//          400 site or member missing/unknown, `person` from someone who is not a coordinator, a
//          memberId other than the directory's for a person the directory knows; 404;
//          409 registration-closed (not published, cancelled, past deadline),
//          409 already-registered (an active registration of that person exists)
//   DELETE /api/courses/{id}/registrations/{rid} 200 Registration (cancelled; idempotent); 403 not yours; 404
//   PATCH  /api/courses/{id}/registrations/{rid} 200 Registration (coordinator; RegistrationMemberChange:
//          corrects the person's member, memberSource becomes "coordinator"); 400; 404
//   GET    /api/courses/{id}/registrations       200 Registration[] (coordinator)
//   PUT    /api/courses/{id}/attendance          200 Registration[] (coordinator; AttendanceUpdate);
//          400 negative/too many/not quarter hours, unknown session or registration; 409 not registered
//   GET    /api/courses/{id}/export?format=csv|xlsx   registrations with hours per session (coordinator)
//   GET    /api/me/registrations                 200 MyRegistration[]
//   GET    /api/reports/participation?from&to&project&member[&format=csv|xlsx]   200 ParticipationReport (coordinator);
//          CSV has every table (participants, per member, project, month, totals) under its name
// 503 unavailable (with Retry-After) when storage fails or a course is contended beyond retries.
import type { EducationAreaId, FacetValue, SubRegionId } from "./directory.js";
import type { CourseNeedsDemand } from "./needs.js";

export const COURSE_FORMATS = [
  { id: "on-site", sv: "På plats", en: "On site" },
  { id: "live-broadcast", sv: "Livesändning till mottagande lärcentra", en: "Live broadcast to receiving centres" },
  { id: "online", sv: "Digitalt, var du vill", en: "Online, anywhere" },
  { id: "hybrid", sv: "Hybrid: på plats och digitalt", en: "Hybrid: on site and online" },
] as const;
export type CourseFormat = (typeof COURSE_FORMATS)[number]["id"];

export const COURSE_STATUSES = [
  { id: "draft", sv: "Utkast", en: "Draft" },
  { id: "published", sv: "Publicerad", en: "Published" },
  { id: "cancelled", sv: "Inställd", en: "Cancelled" },
] as const;
export type CourseStatus = (typeof COURSE_STATUSES)[number]["id"];

export type CourseLanguage = "sv" | "en";

/**
 * Seat pools. A registration takes a seat in one pool: a receiving site's room (its memberId)
 * or the course-level pool (on site at the provider, online, or the online part of a hybrid course).
 * Which registrations may choose what:
 *   on-site, online  -> no site; course-level `seats`
 *   live-broadcast   -> a receiving site is required; that site's seats
 *   hybrid           -> a receiving site, or none for the online/course-level pool
 */
export const COURSE_POOL = "course";

export interface ReceivingSite {
  memberId: string;
  memberName: string;
  room: string;
  seats: number;
}

export interface CourseSession {
  id: string;
  start: string;
  end: string;
  place?: string;
  onlineUrl?: string;
  /** Hours that count for attendance: at most the session's length, in quarter hours. */
  hours: number;
}

export interface SeatAvailability {
  /** COURSE_POOL or the receiving site's memberId. */
  pool: string;
  memberId?: string;
  memberName?: string;
  room?: string;
  /** null: no limit (e.g. an online course). */
  seats: number | null;
  registered: number;
  waitlisted: number;
  /** null: no limit. */
  seatsLeft: number | null;
}

export interface CourseSummary {
  id: string;
  title: string;
  providerMemberId: string;
  providerName: string;
  /** The provider's sub-regions (a member can belong to several). */
  providerSubRegions: SubRegionId[];
  areas: EducationAreaId[];
  format: CourseFormat;
  project: string | null;
  language: CourseLanguage;
  status: CourseStatus;
  registrationDeadline: string;
  /** Start of the first and end of the last session; null for a course without sessions yet. */
  firstStart: string | null;
  lastEnd: string | null;
  sessionCount: number;
  totalHours: number;
  /** Seats left over all pools; null when some pool is unlimited. */
  seatsLeft: number | null;
  hasFreeSeats: boolean;
  /** True for invented sample courses (local mode): the UI labels them "Exempeldata". */
  sample: boolean;
}

export interface Course extends CourseSummary {
  description: string;
  audience: string;
  receivingSites: ReceivingSite[];
  /** Course-level seats (on site, online, the online part of hybrid); null: no limit. */
  seats: number | null;
  sessions: CourseSession[];
  availability: SeatAvailability[];
  cancellationReason?: string;
  createdAt: string;
  updatedAt: string;
  /** Coordinators only: the last change the SharePoint lists refused because they had changed (decision 0017). */
  sharepointConflict?: SharePointConflict;
  /**
   * Coordinators only: changes of registrations (status, attendance, member) the Anmälningar list
   * refused because a coordinator changed the same field there later; one item per registration,
   * until the app writes that registration again (decision 0017).
   */
  sharepointRegistrationConflict?: SharePointConflict;
  /** How many members asked for one of the course's areas in the current needs round (issue 13); absent without such a round. */
  needsDemand?: CourseNeedsDemand;
}

/**
 * A write-back the lists refused (412: the item changed in SharePoint since the app last saw it).
 * The list's version is kept and comes into the app by the sync; the app's refused values are
 * kept here, field by field, so that nothing is lost and the coordinator can redo what matters.
 */
export interface SharePointConflict {
  /** When the write was refused. */
  at: string;
  /**
   * The list's display name and item id (with the item's title where it says more, e.g. the
   * person of a registration), and each field whose values differ (as text): `field` is the
   * column's internal name, `label` its name in the list (Swedish as on the site, and English).
   */
  items: { list: string; itemId: string; title?: string; fields: { field: string; label?: { sv: string; en: string }; list: string; app: string }[] }[];
  /** Whether the list's version has been applied in the app yet (at the next sync). */
  applied?: boolean;
}

/**
 * Body of POST /api/courses and PUT /api/courses/{id}. Status changes go through publish and cancel.
 * Text arrives normalised (NFC; CR LF, U+2028 and U+2029 as "\n"; other control characters and
 * lone surrogates refused with 400). Every text is one line (line breaks and tabs become spaces)
 * but the description, which keeps them. Times: ISO with an offset within ±14:00, or Stockholm
 * wall time; real dates in the years 2000-2100.
 */
export interface CourseInput {
  /** 1-200 characters. */
  title: string;
  /** At most 8,000 characters, several lines. */
  description: string;
  providerMemberId: string;
  areas: EducationAreaId[];
  format: CourseFormat;
  /** At most 30 (MAX_RECEIVING_SITES); a room is 1-200 characters. */
  receivingSites: { memberId: string; room: string; seats: number }[];
  seats: number | null;
  /** At most 1,000 characters. */
  audience: string;
  project: string | null;
  language: CourseLanguage;
  registrationDeadline: string;
  /** A session with an id keeps it (attendance refers to it); without one it is new. */
  sessions: { id?: string; start: string; end: string; place?: string; onlineUrl?: string; hours?: number }[];
}

export interface CancelCourseRequest {
  reason?: string;
}

export type RegistrationStatus = "registered" | "waitlisted" | "cancelled";

export interface RegisteredPerson {
  id: string;
  name: string;
  email: string;
  /** The member (learning centre) the person belongs to: hours are reported per member. */
  memberId: string;
}

/**
 * How a registration's member was decided. Hours are counted per member, so coordinators see it:
 *   directory    the directory has a contact with the person's e-mail/UPN
 *   declared     the directory does not know the person, who chose the member herself (check it)
 *   coordinator  a coordinator set it (registering someone else, or correcting it)
 */
export type MemberSource = "directory" | "declared" | "coordinator";

export interface SessionAttendance {
  sessionId: string;
  hours: number;
}

export interface Registration {
  id: string;
  courseId: string;
  person: RegisteredPerson;
  /** The receiving site's memberId; absent for the course-level pool. */
  siteMemberId?: string;
  status: RegistrationStatus;
  /** 1-based place on the waitlist of the registration's pool; only when waitlisted. */
  position?: number;
  createdAt: string;
  /** Who made the registration (an object id): the person, or a coordinator for them. */
  createdBy: string;
  /** Present when someone else (a coordinator) registered the person. */
  registeredBy?: { id: string; name: string };
  memberSource: MemberSource;
  cancelledAt?: string;
  /** When a seat freed by someone else (or added) went to this registration from the waitlist. */
  promotedAt?: string;
  attendance: SessionAttendance[];
  attendedHours: number;
}

/**
 * Body of POST /api/courses/{id}/registrations. Without `person` the caller registers herself, as
 * her token names her (id, name, e-mail: never from the body); with it, a coordinator registers
 * someone else (anyone else gets 400). `memberId` is the person's own member: left out when the
 * directory knows the person (Me.memberId); given when it does not ("declared"). A coordinator's
 * memberId is taken as given ("coordinator").
 */
export interface RegistrationRequest {
  siteMemberId?: string;
  memberId?: string;
  person?: { id: string; name: string; email: string };
}

/** Body of PATCH /api/courses/{id}/registrations/{rid} (coordinators): the person's correct member. */
export interface RegistrationMemberChange {
  memberId: string;
}

export interface MyRegistration {
  registration: Registration;
  course: CourseSummary;
}

/** Body of PUT /api/courses/{id}/attendance: hours per session per registration, replacing what was recorded. */
export interface AttendanceUpdate {
  entries: { registrationId: string; sessionId: string; hours: number }[];
}

export const COURSE_FACET_NAMES = ["area", "format", "provider", "subRegion", "project", "language", "status"] as const;
export type CourseFacetName = (typeof COURSE_FACET_NAMES)[number];

/**
 * Filters of a course search. Within one filter values are alternatives (OR); filters combine
 * with AND. Without from/to only courses that have not ended are shown; without status only
 * published ones (other statuses are for coordinators).
 */
export interface CourseFilters {
  q?: string;
  area?: string[];
  format?: string[];
  provider?: string[];
  subRegion?: string[];
  project?: string[];
  language?: string[];
  status?: string[];
  /** Stockholm days (YYYY-MM-DD): courses with a session on or between these days. */
  from?: string;
  to?: string;
  hasFreeSeats?: boolean;
}

export interface CourseSearchResult {
  total: number;
  page: number;
  pageSize: number;
  /** Sorted by first session, soonest first. */
  items: CourseSummary[];
  /** Counts per value, counted with every filter but that facet's own applied. */
  facets: Record<CourseFacetName, FacetValue[]>;
}

/** Participation for grant reports: sessions whose start falls within [from, to] (Stockholm days). */
export interface ParticipationReport {
  from: string;
  to: string;
  project?: string;
  member?: string;
  participants: { personId: string; name: string; email: string; memberId: string; memberName: string; courses: number; sessions: number; hours: number }[];
  members: { memberId: string; memberName: string; participants: number; hours: number }[];
  /** The participants' members' sub-regions: a member in two counts in both, so the rows may sum to more than the total. */
  subRegions: { subRegion: SubRegionId; participants: number; hours: number }[];
  /** project null: courses outside any project. */
  projects: { project: string | null; participants: number; hours: number }[];
  /** Month as YYYY-MM (Stockholm). */
  months: { month: string; participants: number; hours: number }[];
  totals: {
    courses: number;
    registered: number;
    /** People who attended at least one session. */
    attended: number;
    hours: number;
    averageHoursPerAttendee: number;
    maxHoursOfOneParticipant: number;
  };
}

/** Appended for every publish, change of time or place, and cancellation; the bot announces them. */
export interface CourseEvent {
  id: string;
  courseId: string;
  type: "course-published" | "course-changed" | "course-cancelled" | "registration-promoted";
  at: string;
  title: string;
  /** For registration-promoted: the registrations that got a seat from the waitlist. */
  registrationIds?: string[];
  /** For course-changed: the sessions whose time or place changed, were added or removed. */
  changes?: { sessionId: string; before?: SessionWhereWhen; after?: SessionWhereWhen }[];
  reason?: string;
}

export interface SessionWhereWhen {
  start: string;
  end: string;
  place?: string;
  onlineUrl?: string;
}
