import { describe, expect, it } from "vitest";
import type { NeedsAnswer } from "@campus-westum/api/contract";
import { answerFormOf, answerInputOf, formProblems, newRow } from "./answerForm";

const answer: NeedsAnswer = {
  roundId: "needs-0000abcd",
  memberId: "larcenter-falkoping",
  memberName: "Lärcenter Falköping",
  needs: [{ area: "it", audience: "staff", format: "online", participants: 12, note: "Teams för lärare" }],
  comment: "Helst på eftermiddagar",
  version: 3,
  answeredAt: "2027-01-10T10:00:00+01:00",
  history: [],
};

describe("the answer form", () => {
  it("sends back what it read, with the version it started from", () => {
    expect(answerInputOf(answerFormOf(answer))).toEqual({ needs: answer.needs, comment: answer.comment, version: 3 });
  });

  it("trims a note and a comment and leaves them out when blank", () => {
    const state = answerFormOf(answer);
    const input = answerInputOf({ ...state, rows: [{ ...state.rows[0]!, note: "   " }], comment: " " });
    expect(input).toEqual({ needs: [{ area: "it", audience: "staff", format: "online", participants: 12 }], version: 3 });
  });

  it("names an area not chosen, the same area and audience twice and counts that are not 1-1000, at the API's field names", () => {
    const state = answerFormOf(answer);
    const [first] = state.rows;
    const rows = [
      first!,
      { ...first!, key: 101, participants: "5" },
      { ...first!, key: 102, area: "" as const, participants: "0" },
      { ...first!, key: 103, audience: "students" as const, participants: "2.5" },
      { ...first!, key: 104, area: "el" as const, participants: "1001" },
    ];
    expect(formProblems({ ...state, rows })).toEqual([
      { field: "needs.1.area", problem: "duplicate" },
      { field: "needs.2.area", problem: "area-missing" },
      { field: "needs.2.participants", problem: "participants" },
      { field: "needs.3.participants", problem: "participants" },
      { field: "needs.4.participants", problem: "participants" },
    ]);
    expect(formProblems(state)).toEqual([]);
  });

  it("adds a row for staff in the first of the round's areas not asked for yet", () => {
    const state = answerFormOf(answer);
    expect(newRow(state, ["it", "el"])).toMatchObject({ area: "el", audience: "staff", participants: "" });
    expect(newRow({ ...state, rows: [] }, ["it", "el"]).area).toBe("it");
  });

  it("an empty answer says there are no needs this term", () => {
    expect(answerInputOf({ rows: [], comment: "", version: 0 })).toEqual({ needs: [], version: 0 });
  });
});
