import { describe, expect, it } from "vitest";
import { areaProblems, needsAnswerInputSchema, needsRoundInputSchema } from "./needsSchemas.js";

const round = { title: "Våren\n2027", period: { term: "spring", year: 2027 }, deadline: "2027-01-31", recipientRoles: ["rektor"], intro: { sv: "" } };

describe("needs validation", () => {
  it("makes the title one line and fills in the defaults (every area, a reminder 3 days before)", () => {
    const parsed = needsRoundInputSchema.parse(round);
    expect(parsed.title).toBe("Våren 2027");
    expect(parsed.reminderDaysBefore).toBe(3);
    expect(parsed.areas.length).toBe(18);
  });

  it("refuses a day that does not exist, an unknown role, a repeated area and an empty title", () => {
    const result = needsRoundInputSchema.safeParse({ ...round, title: " ", deadline: "2027-02-30", recipientRoles: ["rektor", "chef"], areas: ["it", "it"] });
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["title", "deadline", "recipientRoles.1", "areas.1"]);
  });

  it("refuses two needs of the same area and audience, a participant count of 0, and areas outside the round", () => {
    const need = { area: "it", audience: "staff", format: "online", participants: 5 };
    const result = needsAnswerInputSchema.safeParse({ needs: [need, { ...need, participants: 0 }], version: 0 });
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["needs.1.participants", "needs.1"]);
    expect(areaProblems([{ area: "it" }, { area: "bygg" }], ["it"]).map((p) => p.field)).toEqual(["needs.1.area"]);
  });
});
