// What a round and a need look like in the lists coordinators read: Swedish labels, the deadline
// day as SharePoint keeps a date-only column (the day's Stockholm midnight in UTC, summer or
// winter), and empty columns cleared rather than left with an old value.
import { describe, expect, it } from "vitest";
import type { NeedsAnswerRecord } from "../../domain/needs/needsAnswer.js";
import type { NeedsRoundRecord } from "../../domain/needs/needsRound.js";
import { needListFields, roundListFields } from "./needsListFields.js";

const round: NeedsRoundRecord = {
  id: "needs-0123abcd",
  title: "Behovsinventering hösten 2027",
  period: { term: "autumn", year: 2027 },
  deadline: "2027-06-15",
  reminderDaysBefore: 3,
  recipientRoles: ["rektor", "samordnare"],
  areas: ["it", "vard-omsorg"],
  intro: { sv: "" },
  updatedAt: "2027-05-01T10:00:00+02:00",
};

describe("the needs lists' columns", () => {
  it("show a draft round with its deadline day at Stockholm midnight, in summer and in winter", () => {
    expect(roundListFields(round)).toMatchObject({
      Term: "Höstterminen", Year: 2027, Status: "Utkast", SentAt: null,
      Deadline: "2027-06-14T22:00:00Z", RecipientRoles: ["Rektor", "Samordnare"], EducationAreas: ["IT", "Vård och omsorg"],
    });
    expect(roundListFields({ ...round, deadline: "2027-12-01" }).Deadline).toBe("2027-11-30T23:00:00Z");
  });

  it("show a sent round as Skickad with the time it was sent in UTC", () => {
    expect(roundListFields({ ...round, sentAt: "2027-05-02T09:30:00+02:00" })).toMatchObject({ Status: "Skickad", SentAt: "2027-05-02T07:30:00Z" });
  });

  it("name a need by its member, area and audience, and clear a note or comment that is gone", () => {
    const answer: NeedsAnswerRecord = { roundId: round.id, memberId: "lc-boras", memberName: "Lärcentrum Borås", needs: [], version: 2, history: [] };
    const fields = needListFields(answer, { area: "vard-omsorg", audience: "students", format: "on-site", participants: 9 }, { roundItemId: "4", memberItemId: "17" });
    expect(fields).toEqual({
      Title: "Lärcentrum Borås: Vård och omsorg (studerande)", NeedKey: "needs-0123abcd/lc-boras/vard-omsorg/students", RoundLookupId: "4", MemberLookupId: "17",
      EducationArea: "Vård och omsorg", Audience: "Studerande", Format: "På plats", Participants: 9, Note: null, Comment: null,
    });
  });
});
