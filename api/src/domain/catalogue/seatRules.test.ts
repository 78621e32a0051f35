import { describe, expect, it } from "vitest";
import { decideCancellation, decideRegistration, emptyLedger, fillSeats, waitlistPosition, type SeatedCourse, type SeatLedger } from "./seatRules.js";

const NOW = Date.UTC(2026, 10, 1);
const broadcast: SeatedCourse = {
  status: "published",
  format: "live-broadcast",
  registrationDeadlineMs: NOW + 86_400_000,
  seats: null,
  receivingSites: [
    { memberId: "lidkoping", seats: 2 },
    { memberId: "falkoping", seats: 1 },
  ],
};
const online: SeatedCourse = { ...broadcast, format: "online", seats: 2, receivingSites: [] };

function register(course: SeatedCourse, ledger: SeatLedger, siteMemberId?: string, extra: Partial<Parameters<typeof decideRegistration>[0]> = {}) {
  return decideRegistration({ course, ledger, nowMs: NOW, siteMemberId, personHasActiveRegistration: false, byCoordinatorForOther: false, ...extra });
}
function registerAll(course: SeatedCourse, sites: (string | undefined)[]) {
  let ledger = emptyLedger();
  const results = sites.map((site) => {
    const decision = register(course, ledger, site);
    if (!decision.ok) throw new Error(decision.reason);
    ledger = decision.ledger;
    return decision;
  });
  return { ledger, results };
}

describe("seat rules", () => {
  it("gives course-level seats in arrival order, then waitlists", () => {
    const { ledger, results } = registerAll(online, [undefined, undefined, undefined, undefined]);
    expect(results.map((r) => [r.registrationId, r.status, r.position])).toEqual([
      ["0000001", "registered", undefined],
      ["0000002", "registered", undefined],
      ["0000003", "waitlisted", 1],
      ["0000004", "waitlisted", 2],
    ]);
    expect(ledger.pools.course).toEqual({ registered: ["0000001", "0000002"], waitlist: ["0000003", "0000004"] });
  });

  it("counts seats per receiving site", () => {
    const { ledger } = registerAll(broadcast, ["falkoping", "lidkoping", "falkoping", "lidkoping"]);
    expect(ledger.pools.falkoping).toEqual({ registered: ["0000001"], waitlist: ["0000003"] });
    expect(ledger.pools.lidkoping).toEqual({ registered: ["0000002", "0000004"], waitlist: [] });
  });

  it("requires a known site for a broadcast, and refuses sites for online courses", () => {
    expect(register(broadcast, emptyLedger())).toEqual({ ok: false, reason: "site-required" });
    expect(register(broadcast, emptyLedger(), "boras")).toEqual({ ok: false, reason: "unknown-site" });
    expect(register(online, emptyLedger(), "falkoping")).toEqual({ ok: false, reason: "site-not-offered" });
    const hybrid = { ...broadcast, format: "hybrid" as const, seats: null };
    expect(register(hybrid, emptyLedger())).toMatchObject({ ok: true, pool: "course", status: "registered" });
  });

  it("promotes the first waitlisted person of the same pool on cancellation", () => {
    const { ledger } = registerAll(broadcast, ["falkoping", "lidkoping", "falkoping", "lidkoping", "lidkoping", "falkoping"]);
    expect(waitlistPosition(ledger, "falkoping", "0000006")).toBe(2);
    const cancelled = decideCancellation(broadcast, ledger, "falkoping", "0000001");
    expect(cancelled.promoted).toEqual(["0000003"]);
    expect(cancelled.ledger.pools.falkoping).toEqual({ registered: ["0000003"], waitlist: ["0000006"] });
    expect(cancelled.ledger.pools.lidkoping).toEqual(ledger.pools.lidkoping);
    expect(waitlistPosition(cancelled.ledger, "falkoping", "0000006")).toBe(1);
  });

  it("lets a waitlisted person leave without promoting anybody, and ignores a second cancellation", () => {
    const { ledger } = registerAll(online, [undefined, undefined, undefined, undefined]);
    const left = decideCancellation(online, ledger, "course", "0000003");
    expect(left).toMatchObject({ promoted: [], changed: true });
    expect(left.ledger.pools.course!.waitlist).toEqual(["0000004"]);
    expect(decideCancellation(online, left.ledger, "course", "0000003")).toMatchObject({ changed: false });
  });

  it("enforces the deadline, except for a coordinator registering someone else", () => {
    const late = { nowMs: broadcast.registrationDeadlineMs + 1 };
    expect(register(online, emptyLedger(), undefined, late)).toEqual({ ok: false, reason: "deadline-passed" });
    expect(register(online, emptyLedger(), undefined, { ...late, byCoordinatorForOther: true })).toMatchObject({ ok: true });
  });

  it("refuses a second active registration, drafts and cancelled courses", () => {
    expect(register(online, emptyLedger(), undefined, { personHasActiveRegistration: true })).toEqual({ ok: false, reason: "already-registered" });
    expect(register({ ...online, status: "draft" }, emptyLedger())).toEqual({ ok: false, reason: "not-published" });
    expect(register({ ...online, status: "cancelled" }, emptyLedger())).toEqual({ ok: false, reason: "course-cancelled" });
  });

  it("fills new seats from the waitlist when a course gets more seats", () => {
    const { ledger } = registerAll(online, [undefined, undefined, undefined, undefined, undefined]);
    const { ledger: next, promoted } = fillSeats({ ...online, seats: 4 }, ledger);
    expect(promoted).toEqual(["0000003", "0000004"]);
    expect(next.pools.course).toEqual({ registered: ["0000001", "0000002", "0000003", "0000004"], waitlist: ["0000005"] });
  });
});
