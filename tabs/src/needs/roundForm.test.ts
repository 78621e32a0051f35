import { describe, expect, it } from "vitest";
import type { NeedsRound } from "@campus-westum/api/contract";
import { ALL_AREAS, addDays, comingTerm, initialRoundForm, roundInputOf, toggled } from "./roundForm";

const title = ({ term, year }: { term: string; year: number }) => `Behovsinventering ${term} ${year}`;

describe("the round form", () => {
  it("asks about the coming term: the autumn until June, next spring from July", () => {
    expect(comingTerm("2026-06-30")).toEqual({ term: "autumn", year: 2026 });
    expect(comingTerm("2026-07-01")).toEqual({ term: "spring", year: 2027 });
    expect(comingTerm("2026-12-05")).toEqual({ term: "spring", year: 2027 });
  });

  it("starts a new round with a deadline four weeks ahead, across a year end, every area and a reminder three days before", () => {
    const state = initialRoundForm(null, { today: "2026-12-05", title });
    expect(state).toMatchObject({ title: "Behovsinventering spring 2027", term: "spring", year: "2027", deadline: "2027-01-02", reminderDaysBefore: "3" });
    expect(state.areas).toEqual(ALL_AREAS);
    expect(addDays("2027-03-27", 1)).toBe("2027-03-28");
  });

  it("sends the areas in the vocabulary's order, trims texts, leaves out a blank English intro and sends a blank number as null", () => {
    const state = initialRoundForm(null, { today: "2026-12-05", title });
    const input = roundInputOf({ ...state, title: "  Våren 2027 ", areas: ["it", "sfi"], introSv: " Hej ", introEn: "  ", reminderDaysBefore: " " });
    expect(input).toMatchObject({ title: "Våren 2027", areas: ["sfi", "it"], intro: { sv: "Hej" }, reminderDaysBefore: null });
    expect(JSON.parse(JSON.stringify(input)).intro).toEqual({ sv: "Hej" });
  });

  it("reads a stored round back as it was", () => {
    const round = {
      id: "needs-0000abcd",
      title: "Hösten 2027",
      period: { term: "autumn", year: 2027 },
      deadline: "2027-05-31",
      reminderDaysBefore: 0,
      recipientRoles: ["rektor"],
      areas: ["it", "el"],
      intro: { sv: "Svara gärna", en: "Please answer" },
      status: "open",
      updatedAt: "2027-05-01T10:00:00+02:00",
      answered: 2,
      members: 41,
    } satisfies NeedsRound;
    const input = roundInputOf(initialRoundForm(round, { today: "2027-05-02", title }));
    expect(input).toEqual({ title: "Hösten 2027", period: { term: "autumn", year: 2027 }, deadline: "2027-05-31", reminderDaysBefore: 0, recipientRoles: ["rektor"], areas: ["el", "it"], intro: { sv: "Svara gärna", en: "Please answer" } });
  });

  it("ticks and unticks without duplicates", () => {
    expect(toggled(["a"], "a", true)).toEqual(["a"]);
    expect(toggled(["a", "b"], "a", false)).toEqual(["b"]);
  });
});
