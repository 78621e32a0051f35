// A registration as stored in its course's partition. Its seat (registered or waitlisted, and
// the waitlist position) is decided by the seat ledger; the row mirrors the status so that a
// registration can be read on its own, and both are written in one transaction.
import * as z from "zod";
import { COURSE_POOL, type Registration } from "../../contract/index.js";
import { courseId, memberId, registrationId, sessionId } from "./courseSchema.js";
import { sumHours } from "./hours.js";
import { waitlistPosition, type SeatLedger } from "./seatRules.js";

export const registrationRecordSchema = z.object({
  id: registrationId,
  courseId,
  person: z.object({ id: z.string().min(1), name: z.string(), email: z.string(), memberId }),
  siteMemberId: memberId.optional(),
  status: z.enum(["registered", "waitlisted", "cancelled"]),
  createdAt: z.string(),
  /** The object id of whoever made the registration; its name when that was someone else. */
  createdBy: z.string(),
  createdByName: z.string().optional(),
  memberSource: z.enum(["directory", "declared", "coordinator"]),
  cancelledAt: z.string().optional(),
  /** When the registration got a seat from the waitlist. */
  promotedAt: z.string().optional(),
  /** Hours attended per session id. */
  attendance: z.record(sessionId, z.number().min(0)),
});
export type RegistrationRecord = z.infer<typeof registrationRecordSchema>;

export const poolOf = (r: Pick<RegistrationRecord, "siteMemberId">): string => r.siteMemberId ?? COURSE_POOL;

export function toRegistration(record: RegistrationRecord, ledger: SeatLedger): Registration {
  const position = record.status === "waitlisted" ? waitlistPosition(ledger, poolOf(record), record.id) : undefined;
  const attendance = Object.entries(record.attendance).map(([sessionId, hours]) => ({ sessionId, hours }));
  return {
    id: record.id,
    courseId: record.courseId,
    person: record.person,
    ...(record.siteMemberId ? { siteMemberId: record.siteMemberId } : {}),
    status: record.status,
    ...(position !== undefined ? { position } : {}),
    createdAt: record.createdAt,
    createdBy: record.createdBy,
    ...(record.createdBy !== record.person.id ? { registeredBy: { id: record.createdBy, name: record.createdByName ?? record.createdBy } } : {}),
    memberSource: record.memberSource,
    ...(record.cancelledAt ? { cancelledAt: record.cancelledAt } : {}),
    ...(record.promotedAt ? { promotedAt: record.promotedAt } : {}),
    attendance,
    attendedHours: sumHours(attendance.map((a) => a.hours)),
  };
}
