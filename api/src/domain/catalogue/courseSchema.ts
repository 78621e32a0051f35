// What a valid course is, at every edge: the body coordinators send, and the rows the store
// reads back. Times are checked in Stockholm time (see the bot's stockholmClock.ts), hours in quarters.
import * as z from "zod";
import { COURSE_FORMATS, COURSE_STATUSES } from "../../contract/index.js";
import { educationAreaId, subRegionId } from "../directorySchema.js";
import { isQuarterHours } from "./hours.js";
import { multiLine, singleLine } from "../textSchemas.js";
import { dateTime } from "../timeSchemas.js";

const ids = <T extends readonly { id: string }[]>(list: T) => list.map((e) => e.id) as [T[number]["id"], ...T[number]["id"][]];

export const memberId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "lower-case letters, digits and hyphens");
export const courseId = memberId;
export const sessionId = z.string().regex(/^s[0-9]{1,4}$/, "a session id such as s1");
export const registrationId = z.string().regex(/^[0-9]{7}$/, "a registration id of seven digits");
export const courseFormat = z.enum(ids(COURSE_FORMATS));
export const courseStatus = z.enum(ids(COURSE_STATUSES));
/** A project's name: the projects are data (the Projekt list); the course routes check it against them. */
export const projectName = singleLine(100).min(1);
export const courseLanguage = z.enum(["sv", "en"]);
/** Every text but the description is one line (textSchemas.ts). */
const text = singleLine;
const seats = z.number().int().min(0).max(10_000);
const hours = z.number().min(0).max(24).refine(isQuarterHours, "whole quarter hours (0.25)");

/**
 * A course is saved in one Tables transaction, which takes at most 100 operations: the course
 * row, every session, the sessions an edit removes and one event. 40 sessions keep even an edit
 * that replaces every session within it (1 + 40 + 40 + 1), and are more than a term of weekly
 * sessions.
 */
export const MAX_SESSIONS = 40;

/**
 * The receiving sites are stored as one JSON text on the course row, and a Tables string holds at
 * most 32K UTF-16 code units: 30 sites of a 200-character room and member name, quotes escaped,
 * stay under 28K.
 */
export const MAX_RECEIVING_SITES = 30;

/** A time as sent by a client: exact with an offset, or a Stockholm wall time that must be unambiguous (timeSchemas.ts). */
export const stockholmTime = dateTime;

export const sessionInputSchema = z.object({
  id: sessionId.optional(),
  start: stockholmTime,
  end: stockholmTime,
  place: text(300).min(1).optional(),
  onlineUrl: z.url({ protocol: /^https?$/ }).max(1000).optional(),
  hours: hours.optional(),
});

export const courseInputSchema = z.object({
  title: text(200).min(1),
  description: multiLine(8000),
  providerMemberId: memberId,
  areas: z.array(educationAreaId).max(20),
  format: courseFormat,
  receivingSites: z.array(z.object({ memberId, room: text(200).min(1), seats })).max(MAX_RECEIVING_SITES),
  seats: seats.nullable(),
  audience: text(1000),
  project: projectName.nullable(),
  language: courseLanguage,
  registrationDeadline: stockholmTime,
  sessions: z.array(sessionInputSchema).max(MAX_SESSIONS),
});
export type CourseInputData = z.infer<typeof courseInputSchema>;

export const cancelCourseSchema = z.object({ reason: text(1000).optional() });

export const registrationRequestSchema = z.object({
  siteMemberId: memberId.optional(),
  memberId: memberId.optional(),
  person: z
    .object({ id: z.string().trim().min(1).max(100), name: text(200).min(1), email: z.email().max(320) })
    .optional(),
});

export const attendanceUpdateSchema = z.object({
  entries: z
    .array(z.object({ registrationId, sessionId, hours: z.number() }))
    .min(1)
    .max(5000),
});

/** A course as stored: the input resolved (names from the directory, times normalised) plus its state. */
export const courseRecordSchema = z.object({
  id: courseId,
  title: text(200).min(1),
  description: multiLine(8000),
  providerMemberId: memberId,
  providerName: text(200).min(1),
  providerSubRegions: z.array(subRegionId).min(1),
  areas: z.array(educationAreaId),
  format: courseFormat,
  receivingSites: z.array(z.object({ memberId, memberName: text(200), room: text(200), seats })),
  seats: seats.nullable(),
  audience: text(1000),
  project: projectName.nullable(),
  language: courseLanguage,
  status: courseStatus,
  registrationDeadline: z.string(),
  sessions: z.array(
    z.object({ id: sessionId, start: z.string(), end: z.string(), place: z.string().optional(), onlineUrl: z.string().optional(), hours }),
  ),
  cancellationReason: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  sample: z.boolean(),
});
export type CourseRecord = z.infer<typeof courseRecordSchema>;
