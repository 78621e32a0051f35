import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decideRegistrant } from "./registrantMember.js";

const directory: Record<string, string> = { "lisa@example.org": "larcenter-falkoping", "kim@example.org": "dacapo-mariestad" };
const memberOf = (email: string) => directory[email.toLowerCase()];
const staff = { id: "oid-lisa", name: "Lisa Lärare", email: "lisa@example.org", coordinator: false };
const unknownStaff = { id: "oid-ny", name: "Ny Lärare", email: "ny@example.org", coordinator: false };
const coordinator = { id: "oid-sam", name: "Sam Samordnare", email: "sam@example.org", coordinator: true };

describe("who a registration is for, and its member", () => {
  it("takes a staff member's person from her token and her member from the directory", () => {
    expect(decideRegistrant({ caller: staff, memberOf })).toEqual({
      ok: true,
      registrant: { person: { id: "oid-lisa", name: "Lisa Lärare", email: "lisa@example.org", memberId: "larcenter-falkoping" }, memberSource: "directory" },
    });
    expect(decideRegistrant({ caller: staff, memberId: "larcenter-falkoping", memberOf })).toMatchObject({ ok: true, registrant: { memberSource: "directory" } });
  });

  it("refuses any person in a staff member's request, whoever it names", () => {
    fc.assert(
      fc.property(fc.record({ id: fc.string(), name: fc.string(), email: fc.string() }), fc.option(fc.string(), { nil: undefined }), (person, memberId) => {
        expect(decideRegistrant({ caller: staff, person, memberId, memberOf })).toEqual({ ok: false, reason: "person-not-allowed" });
      }),
    );
  });

  it("refuses another member than the directory's for someone it knows, naming the directory's", () => {
    expect(decideRegistrant({ caller: staff, memberId: "dacapo-mariestad", memberOf })).toEqual({ ok: false, reason: "member-differs", directoryMemberId: "larcenter-falkoping" });
  });

  it("records a member declared by someone the directory does not know, and asks for one when missing", () => {
    expect(decideRegistrant({ caller: unknownStaff, memberId: "dacapo-mariestad", memberOf })).toMatchObject({
      ok: true,
      registrant: { person: { id: "oid-ny", memberId: "dacapo-mariestad" }, memberSource: "declared" },
    });
    expect(decideRegistrant({ caller: unknownStaff, memberOf })).toEqual({ ok: false, reason: "member-required" });
    expect(decideRegistrant({ caller: { ...unknownStaff, email: "" }, memberOf })).toEqual({ ok: false, reason: "member-required" });
  });

  it("lets a coordinator register someone else with the member she sets, or the directory's", () => {
    const person = { id: "p1", name: "Kim", email: "KIM@example.org" };
    expect(decideRegistrant({ caller: coordinator, person, memberOf })).toMatchObject({ ok: true, registrant: { person: { ...person, memberId: "dacapo-mariestad" }, memberSource: "directory" } });
    expect(decideRegistrant({ caller: coordinator, person, memberId: "larcenter-falkoping", memberOf })).toMatchObject({ ok: true, registrant: { person: { memberId: "larcenter-falkoping" }, memberSource: "coordinator" } });
    expect(decideRegistrant({ caller: coordinator, person: { ...person, email: "x@example.org" }, memberOf })).toEqual({ ok: false, reason: "member-required" });
  });
});
