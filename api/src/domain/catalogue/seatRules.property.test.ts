// Any interleaving of registrations and cancellations, on any seat layout, keeps the seat rules:
// nobody over the seats, nobody waiting while a seat is free, the waitlist in arrival order,
// no registration twice, no person with two active registrations.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decideCancellation, decideRegistration, emptyLedger, type SeatedCourse, type SeatLedger } from "./seatRules.js";

const SITES = ["a", "b", "c"];
const course = fc.record({
  format: fc.constantFrom("on-site" as const, "online" as const, "live-broadcast" as const, "hybrid" as const),
  seats: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
  siteSeats: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 3, maxLength: 3 }),
});
const operation = fc.oneof(
  fc.record({ kind: fc.constant("register" as const), person: fc.integer({ min: 0, max: 12 }), site: fc.option(fc.constantFrom(...SITES), { nil: undefined }) }),
  fc.record({ kind: fc.constant("cancel" as const), pick: fc.nat() }),
);

describe("seat rules under any interleaving", () => {
  it("hold their invariants", () => {
    fc.assert(
      fc.property(course, fc.array(operation, { maxLength: 80 }), (shape, operations) => {
        const seated: SeatedCourse = {
          status: "published",
          format: shape.format,
          registrationDeadlineMs: Infinity,
          seats: shape.seats,
          receivingSites: SITES.map((memberId, i) => ({ memberId, seats: shape.siteSeats[i]! })),
        };
        let ledger: SeatLedger = emptyLedger();
        /** The store's "one active registration per person" index. */
        const activeByPerson = new Map<number, { id: string; pool: string }>();
        for (const op of operations) {
          if (op.kind === "register") {
            const decision = decideRegistration({
              course: seated,
              ledger,
              nowMs: 0,
              siteMemberId: op.site,
              personHasActiveRegistration: activeByPerson.has(op.person),
              byCoordinatorForOther: false,
            });
            if (decision.ok) {
              expect(activeByPerson.has(op.person)).toBe(false);
              ledger = decision.ledger;
              activeByPerson.set(op.person, { id: decision.registrationId, pool: decision.pool });
            }
          } else if (activeByPerson.size > 0) {
            const people = [...activeByPerson.keys()];
            const person = people[op.pick % people.length]!;
            const { id, pool } = activeByPerson.get(person)!;
            const before = ledger.pools[pool]!;
            const decision = decideCancellation(seated, ledger, pool, id);
            expect(decision.changed).toBe(true);
            // A freed seat goes to the head of the same pool's waitlist.
            if (before.registered.includes(id) && before.waitlist.length > 0) expect(decision.promoted).toEqual([before.waitlist[0]]);
            ledger = decision.ledger;
            activeByPerson.delete(person);
          }

          const all: string[] = [];
          for (const [name, pool] of Object.entries(ledger.pools)) {
            const seats = name === "course" ? seated.seats : seated.receivingSites.find((s) => s.memberId === name)!.seats;
            if (seats !== null) {
              expect(pool.registered.length).toBeLessThanOrEqual(seats);
              if (pool.waitlist.length > 0) expect(pool.registered.length).toBe(seats);
            } else expect(pool.waitlist).toEqual([]);
            expect(pool.waitlist).toEqual([...pool.waitlist].sort());
            all.push(...pool.registered, ...pool.waitlist);
          }
          expect(new Set(all).size).toBe(all.length);
          expect(all.sort()).toEqual([...activeByPerson.values()].map((r) => r.id).sort());
        }
      }),
      { numRuns: 300 },
    );
  });
});
