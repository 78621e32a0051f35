// A stored course as the API shows it: with first and last times, hours and seats left per pool.
import { COURSE_POOL, type Course, type CourseSummary, type SeatAvailability } from "../../contract/index.js";
import type { CourseRecord } from "./courseSchema.js";
import { sumHours } from "./hours.js";
import { seatsOf, type SeatedCourse, type SeatLedger } from "./seatRules.js";
import { parseStockholmTime } from "@campus-westum/bot/stockholmClock";

export const epochOf = (iso: string): number => {
  const parsed = parseStockholmTime(iso);
  return parsed.ok ? parsed.epochMs : Number.NaN;
};

export function seatedCourse(course: CourseRecord): SeatedCourse {
  return {
    status: course.status,
    format: course.format,
    registrationDeadlineMs: epochOf(course.registrationDeadline),
    seats: course.seats,
    receivingSites: course.receivingSites,
  };
}

/** The pools a course offers: its receiving sites and, unless it is a pure broadcast, the course itself. */
export function availability(course: CourseRecord, ledger: SeatLedger): SeatAvailability[] {
  const seated = seatedCourse(course);
  const pools = [
    ...(course.format === "live-broadcast" ? [] : [COURSE_POOL]),
    ...course.receivingSites.map((s) => s.memberId),
  ];
  return pools.map((pool) => {
    const state = ledger.pools[pool] ?? { registered: [], waitlist: [] };
    const seats = seatsOf(seated, pool);
    const site = course.receivingSites.find((s) => s.memberId === pool);
    return {
      pool,
      ...(site ? { memberId: site.memberId, memberName: site.memberName, room: site.room } : {}),
      seats,
      registered: state.registered.length,
      waitlisted: state.waitlist.length,
      seatsLeft: seats === null ? null : Math.max(0, seats - state.registered.length),
    };
  });
}

export function toCourseSummary(course: CourseRecord, ledger: SeatLedger): CourseSummary {
  const pools = availability(course, ledger);
  const unlimited = pools.some((p) => p.seatsLeft === null);
  const seatsLeft = unlimited ? null : pools.reduce((sum, p) => sum + (p.seatsLeft ?? 0), 0);
  return {
    id: course.id,
    title: course.title,
    providerMemberId: course.providerMemberId,
    providerName: course.providerName,
    providerSubRegions: course.providerSubRegions,
    areas: course.areas,
    format: course.format,
    project: course.project,
    language: course.language,
    status: course.status,
    registrationDeadline: course.registrationDeadline,
    firstStart: course.sessions[0]?.start ?? null,
    lastEnd: course.sessions.at(-1)?.end ?? null,
    sessionCount: course.sessions.length,
    totalHours: sumHours(course.sessions.map((s) => s.hours)),
    seatsLeft,
    hasFreeSeats: seatsLeft === null || seatsLeft > 0,
    sample: course.sample,
  };
}

export function toCourse(course: CourseRecord, ledger: SeatLedger): Course {
  return {
    ...toCourseSummary(course, ledger),
    description: course.description,
    audience: course.audience,
    receivingSites: course.receivingSites,
    seats: course.seats,
    sessions: course.sessions,
    availability: availability(course, ledger),
    ...(course.cancellationReason ? { cancellationReason: course.cancellationReason } : {}),
    createdAt: course.createdAt,
    updatedAt: course.updatedAt,
  };
}
