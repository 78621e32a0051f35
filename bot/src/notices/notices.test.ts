// The bot's own announcements: who a new training concerns, and ids that are the same however
// often a timer builds them (the delivery ledger relies on that) but new when a session moves.
import { describe, expect, it } from "vitest";
import { sampleCourse, sampleFika } from "../testing/fakePorts.js";
import { courseNoticeAnnouncement, sessionReminderAnnouncement, topicsOfCourse } from "./courseNotices.js";
import { fikaInvitationAnnouncement, fikaPairAnnouncement, fikaReminderAnnouncement } from "./fikaNotices.js";

const ID = /^[A-Za-z0-9_-]{1,200}$/;

describe("announcements the bot sends on its own", () => {
  it("concern the subscribers of every training, the course's areas and its sub-region", () => {
    expect(topicsOfCourse(sampleCourse)).toEqual(["trainings", "area:it", "subregion:fyrbodal"]);
  });

  it("have ids fixed by what they announce, valid for the delivery queue", () => {
    const published = courseNoticeAnnouncement({ kind: "course-published", eventId: "001767225600000-ab12cd34", course: sampleCourse }, "http://x/cal.ics");
    expect(published.id).toBe("course-001767225600000-ab12cd34");
    expect(published.activities.sv.summary).toBe(`Ny utbildning: ${sampleCourse.title}`);
    expect(published.activities.en.summary).toBe(`New training: ${sampleCourse.title}`);
    const session = sampleCourse.sessions[0]!;
    const reminder = sessionReminderAnnouncement(sampleCourse, session, 24);
    expect(reminder.id).toBe(sessionReminderAnnouncement(sampleCourse, session, 24).id);
    expect(reminder.id).not.toBe(sessionReminderAnnouncement(sampleCourse, { ...session, start: "2026-03-11T09:00:00+01:00" }, 24).id);
    const ids = [published, reminder, fikaInvitationAnnouncement(sampleFika, { yes: 0, no: 0 }), fikaReminderAnnouncement(sampleFika), fikaPairAnnouncement(sampleFika, 0, [{ name: "Ada", email: "ada@example.org" }])].map((a) => a.id);
    expect(ids.every((id) => ID.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("tell a person who got a seat from the waitlist so, in each language, with the course and its calendar link", () => {
    const promoted = courseNoticeAnnouncement({ kind: "registration-promoted", eventId: "001767225600000-ef56ab78", course: sampleCourse }, "https://api.example.org/cal.ics?signature=s");
    expect(promoted.id).toBe("course-001767225600000-ef56ab78");
    expect(promoted.activities.sv.summary).toBe(`Du har fått en plats: ${sampleCourse.title}`);
    expect(promoted.activities.en.summary).toBe(`You have a seat: ${sampleCourse.title}`);
    for (const lang of ["sv", "en"] as const) {
      const card = promoted.activities[lang].attachments![0]!.content as { body: { type: string; text?: string }[]; actions: { type: string; url?: string }[] };
      const texts = card.body.filter((e) => e.type === "TextBlock").map((e) => e.text);
      expect(texts.slice(0, 2)).toEqual([lang === "sv" ? "Du har fått en plats" : "You have a seat", sampleCourse.title]);
      expect(texts[2]).toMatch(lang === "sv" ? /Avboka under Mina anmälningar/ : /Cancel under My registrations/);
      expect(card.body.some((e) => e.type === "FactSet")).toBe(true);
      expect(card.actions).toEqual([{ type: "Action.OpenUrl", title: lang === "sv" ? "Lägg till i kalendern" : "Add to calendar", url: "https://api.example.org/cal.ics?signature=s" }]);
    }
  });
});
