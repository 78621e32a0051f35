// Who gets a seat: pure rules over a course's seat ledger. The ledger lists, per seat pool, the
// registrations holding a seat and the waitlist, both in arrival order. The store reads the
// ledger with its ETag, asks these functions, and writes the result only if nobody changed the
// ledger meanwhile (optimistic concurrency), so the rules hold across API instances.
import { COURSE_POOL, type CourseFormat, type CourseStatus } from "../../contract/index.js";

export interface PoolState {
  registered: string[];
  waitlist: string[];
}

export interface SeatLedger {
  /** Registrations ever made for the course: the next one's arrival number is arrivals + 1. */
  arrivals: number;
  pools: Record<string, PoolState>;
}

/** What the rules need to know about a course. */
export interface SeatedCourse {
  status: CourseStatus;
  format: CourseFormat;
  registrationDeadlineMs: number;
  /** Course-level seats; null: no limit. */
  seats: number | null;
  receivingSites: readonly { memberId: string; seats: number }[];
}

export const emptyLedger = (): SeatLedger => ({ arrivals: 0, pools: {} });

/** Registration ids are arrival numbers, zero-padded so that text order is arrival order. */
export const registrationIdOf = (arrival: number): string => String(arrival).padStart(7, "0");

export type PoolChoice = { ok: true; pool: string } | { ok: false; reason: PoolRefusal };

/** The seat pool a registration for `siteMemberId` (or none) takes, by the course's format. */
export function poolFor(course: SeatedCourse, siteMemberId: string | undefined): PoolChoice {
  if (siteMemberId === undefined) {
    return course.format === "live-broadcast" ? { ok: false, reason: "site-required" } : { ok: true, pool: COURSE_POOL };
  }
  if (course.format === "on-site" || course.format === "online") return { ok: false, reason: "site-not-offered" };
  return course.receivingSites.some((s) => s.memberId === siteMemberId) ? { ok: true, pool: siteMemberId } : { ok: false, reason: "unknown-site" };
}

export function seatsOf(course: SeatedCourse, pool: string): number | null {
  if (pool === COURSE_POOL) return course.seats;
  return course.receivingSites.find((s) => s.memberId === pool)?.seats ?? 0;
}

export interface RegistrationAttempt {
  course: SeatedCourse;
  ledger: SeatLedger;
  nowMs: number;
  siteMemberId?: string;
  /** The person already holds a registered or waitlisted place on this course. */
  personHasActiveRegistration: boolean;
  /** A coordinator registering someone else may do so after the deadline. */
  byCoordinatorForOther: boolean;
}

export type PoolRefusal = "site-required" | "unknown-site" | "site-not-offered";
export type RegistrationRefusal = "not-published" | "course-cancelled" | "deadline-passed" | "already-registered" | PoolRefusal;

export type RegistrationDecision =
  | { ok: true; registrationId: string; pool: string; status: "registered" | "waitlisted"; position?: number; ledger: SeatLedger }
  | { ok: false; reason: RegistrationRefusal };

export function decideRegistration(attempt: RegistrationAttempt): RegistrationDecision {
  const { course, ledger } = attempt;
  if (course.status === "cancelled") return { ok: false, reason: "course-cancelled" };
  if (course.status !== "published") return { ok: false, reason: "not-published" };
  if (attempt.nowMs > course.registrationDeadlineMs && !attempt.byCoordinatorForOther) return { ok: false, reason: "deadline-passed" };
  const choice = poolFor(course, attempt.siteMemberId);
  if (!choice.ok) return choice;
  if (attempt.personHasActiveRegistration) return { ok: false, reason: "already-registered" };

  const arrival = ledger.arrivals + 1;
  const registrationId = registrationIdOf(arrival);
  const current = ledger.pools[choice.pool] ?? { registered: [], waitlist: [] };
  const seats = seatsOf(course, choice.pool);
  const hasSeat = seats === null || current.registered.length < seats;
  const pool: PoolState = hasSeat
    ? { registered: [...current.registered, registrationId], waitlist: current.waitlist }
    : { registered: current.registered, waitlist: [...current.waitlist, registrationId] };
  const next: SeatLedger = { arrivals: arrival, pools: { ...ledger.pools, [choice.pool]: pool } };
  return hasSeat
    ? { ok: true, registrationId, pool: choice.pool, status: "registered", ledger: next }
    : { ok: true, registrationId, pool: choice.pool, status: "waitlisted", position: pool.waitlist.length, ledger: next };
}

export interface CancellationDecision {
  ledger: SeatLedger;
  /** Waitlisted registrations that got a seat, first waitlisted first. */
  promoted: string[];
  /** False when the registration held no place (already cancelled): nothing to write. */
  changed: boolean;
}

/** Frees the registration's place; a freed seat goes to the first waitlisted of the same pool. */
export function decideCancellation(course: SeatedCourse, ledger: SeatLedger, pool: string, registrationId: string): CancellationDecision {
  const current = ledger.pools[pool];
  if (!current || (!current.registered.includes(registrationId) && !current.waitlist.includes(registrationId))) {
    return { ledger, promoted: [], changed: false };
  }
  const without: PoolState = {
    registered: current.registered.filter((id) => id !== registrationId),
    waitlist: current.waitlist.filter((id) => id !== registrationId),
  };
  const { ledger: next, promoted } = fillSeats(course, { ...ledger, pools: { ...ledger.pools, [pool]: without } });
  return { ledger: next, promoted, changed: true };
}

/** Gives free seats to the waitlist in arrival order, e.g. after a cancellation or more seats. */
export function fillSeats(course: SeatedCourse, ledger: SeatLedger): { ledger: SeatLedger; promoted: string[] } {
  const promoted: string[] = [];
  const pools: Record<string, PoolState> = {};
  for (const [name, state] of Object.entries(ledger.pools)) {
    const seats = seatsOf(course, name);
    const free = seats === null ? state.waitlist.length : Math.max(0, seats - state.registered.length);
    const moving = state.waitlist.slice(0, free);
    promoted.push(...moving);
    pools[name] = { registered: [...state.registered, ...moving], waitlist: state.waitlist.slice(moving.length) };
  }
  return { ledger: { arrivals: ledger.arrivals, pools }, promoted };
}

/** The 1-based waitlist position of a registration, or undefined when it is not waitlisted. */
export function waitlistPosition(ledger: SeatLedger, pool: string, registrationId: string): number | undefined {
  const index = ledger.pools[pool]?.waitlist.indexOf(registrationId) ?? -1;
  return index < 0 ? undefined : index + 1;
}
