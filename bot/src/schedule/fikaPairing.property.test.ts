// Fika pairing, as properties over random populations and histories (fast-check): every group
// is two people, or three when that is the only way to place an odd one out; nobody is in two
// groups; nobody meets someone from their own member or a partner of the last three rounds;
// and when the people are spread over enough members, nobody is left out.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NO_REPEAT_ROUNDS, pairUp, type PairingPerson } from "./fikaPairing.js";

const population = fc
  .array(fc.integer({ min: 0, max: 7 }), { minLength: 0, maxLength: 40 })
  .map((members) => members.map((m, i): PairingPerson => ({ id: `p${i}`, memberId: `member-${m}` })));

/** Past rounds over (some of) the same people: random pairs, which the rule must respect whatever they were. */
const withHistory = population.chain((people) =>
  fc.tuple(
    fc.constant(people),
    fc.array(fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 15 }), { maxLength: 5 }).map((rounds) =>
      people.length < 2 ? [] : rounds.map((pairs) => pairs.map(([a, b]) => [`p${a % people.length}`, `p${b % people.length}`]).filter(([a, b]) => a !== b)),
    ),
    fc.integer(),
  ),
);

describe("fika pairing", () => {
  it("keeps every rule whatever the people and the history", () => {
    fc.assert(
      fc.property(withHistory, ([people, history, seed]) => {
        const { groups, unmatched } = pairUp(people, history, seed);
        const placed = groups.flat();
        expect(new Set(placed).size).toBe(placed.length);
        expect([...placed, ...unmatched].sort()).toEqual(people.map((p) => p.id).sort());
        expect(groups.every((g) => g.length === 2 || g.length === 3)).toBe(true);
        expect(groups.filter((g) => g.length === 3).length).toBeLessThanOrEqual(1);
        const member = new Map(people.map((p) => [p.id, p.memberId]));
        const recent = history.slice(-NO_REPEAT_ROUNDS).flat();
        for (const group of groups) {
          for (const a of group) {
            for (const b of group) {
              if (a === b) continue;
              expect(member.get(a)).not.toBe(member.get(b));
              expect(recent.some((g) => g.includes(a) && g.includes(b))).toBe(false);
            }
          }
        }
        // A trio only when the count left one odd person out.
        if (groups.some((g) => g.length === 3)) expect(placed.length % 2).toBe(1);
      }),
      { numRuns: 300 },
    );
  });

  it("places everyone when the people come from enough members and have no recent partners", () => {
    const spread = fc
      .integer({ min: 2, max: 40 })
      .chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 3, max: 12 }), fc.integer()))
      .map(([n, members, seed]) => ({ people: Array.from({ length: n }, (_, i): PairingPerson => ({ id: `p${i}`, memberId: `member-${i % members}` })), seed }))
      // Round-robin members with at least three of them: a trio of three members is possible.
      .filter(({ people }) => new Set(people.map((p) => p.memberId)).size >= 3 || people.length % 2 === 0);
    fc.assert(
      fc.property(spread, ({ people, seed }) => {
        const { groups, unmatched } = pairUp(people, [], seed);
        expect(unmatched).toEqual([]);
        expect(groups.filter((g) => g.length === 3).length).toBe(people.length % 2);
      }),
      { numRuns: 300 },
    );
  });

  it("does not repeat a partner for three rounds, then may", () => {
    const people = [
      { id: "ada", memberId: "a" },
      { id: "bo", memberId: "b" },
    ];
    const round = [["ada", "bo"]];
    expect(pairUp(people, [round], 1).unmatched.sort()).toEqual(["ada", "bo"]);
    expect(pairUp(people, [round, [], []], 1).groups).toEqual([]);
    expect(pairUp(people, [round, [], [], []], 1).groups).toHaveLength(1);
  });
});
