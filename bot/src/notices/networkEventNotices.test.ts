// The tech network's announcements as a reader sees them: in her language, the date and
// Stockholm time, the kind of event, "Anslut" only for an https link, the calendar link; and
// ids fixed by what they announce (a repeated timer run is the same announcement).
import { describe, expect, it } from "vitest";
import { topicsOfNetworkEvent } from "../networkEvents.js";
import { sampleNetworkEvent as event } from "../testing/fakePorts.js";
import { networkEventAnnouncement, networkEventReminderAnnouncement } from "./networkEventNotices.js";

const CALENDAR = "https://api.example.org/api/calendar/events/tekniktraff-juni/calendar.ics?expires=1&signature=s";

interface CardJson {
  body: { type: string; text?: string; facts?: { title: string; value: string }[] }[];
  actions?: { type: string; title: string; url: string }[];
}
const cardOf = (announcement: ReturnType<typeof networkEventAnnouncement>, lang: "sv" | "en") => announcement.activities[lang].attachments![0]!.content as CardJson;
const textsOf = (card: CardJson) => card.body.flatMap((e) => (e.type === "TextBlock" ? [e.text!] : (e.facts ?? []).map((f) => `${f.title}: ${f.value}`)));

describe("a new tech-network event", () => {
  const published = networkEventAnnouncement({ kind: "network-event-published", changeId: "001780000000000-ab12cd34", event }, CALENDAR);

  it("says what, when in Stockholm time, and which kind, in Swedish and in English", () => {
    expect(published.id).toBe("network-001780000000000-ab12cd34");
    expect(published.activities.sv.summary).toBe(`Nytt evenemang: ${event.title}`);
    expect(textsOf(cardOf(published, "sv"))).toEqual([
      "Nytt evenemang",
      event.title,
      "Typ: Tekniknätverket",
      "När: tis 9 juni 14:00–16:00",
      "Följande tillfällen: tis 11 aug. 14:00\ntis 8 sep. 14:00",
      event.description,
    ]);
    expect(textsOf(cardOf(published, "en")).slice(0, 4)).toEqual(["New event", event.title, "Kind: Tech network", "When: Tue 9 Jun, 14:00–16:00"]);
  });

  it("offers Anslut with the join link and the calendar link without a token", () => {
    expect(cardOf(published, "sv").actions).toEqual([
      { type: "Action.OpenUrl", title: "Anslut", url: event.joinUrl },
      { type: "Action.OpenUrl", title: "Lägg till i kalendern", url: CALENDAR },
    ]);
    expect(cardOf(published, "en").actions!.map((a) => a.title)).toEqual(["Join", "Add to calendar"]);
  });

  it("offers no join button for a link that is not https", () => {
    for (const joinUrl of ["http://teams.example.org/meet", "javascript:alert(1)", "not a url", undefined]) {
      const card = cardOf(networkEventAnnouncement({ kind: "network-event-published", changeId: "x", event: { ...event, joinUrl } }, CALENDAR), "sv");
      expect(card.actions!.map((a) => a.title)).toEqual(["Lägg till i kalendern"]);
    }
  });
});

describe("a changed or cancelled event", () => {
  it("shows the time before and after, and says when the join link is new", () => {
    const before = { start: "2026-06-02T12:00:00Z", end: "2026-06-02T14:00:00Z", joinUrl: "https://teams.microsoft.com/l/meetup-join/old" };
    const changed = networkEventAnnouncement({ kind: "network-event-changed", changeId: "c1", event, before }, CALENDAR);
    expect(changed.activities.en.summary).toBe(`Event changed: ${event.title}`);
    expect(textsOf(cardOf(changed, "sv"))[2]).toBe("Ändringar:\n\n- Före: tis 2 juni 14:00–16:00 → Efter: tis 9 juni 14:00–16:00\n- Länken till mötet är ny: använd Anslut här nedan.");
    const onlyLink = networkEventAnnouncement({ kind: "network-event-changed", changeId: "c2", event, before: { ...before, start: event.start, end: event.end } }, CALENDAR);
    expect(textsOf(cardOf(onlyLink, "en"))[2]).toBe("Changes:\n\n- The meeting link is new: use Join below.");
  });

  it("says a cancelled meeting will not take place, with no buttons", () => {
    const cancelled = networkEventAnnouncement({ kind: "network-event-cancelled", changeId: "c3", event }, CALENDAR);
    expect(textsOf(cardOf(cancelled, "sv"))).toEqual(["Inställt evenemang", event.title, `${event.title} tis 9 juni 14:00 blir inte av.`]);
    expect(textsOf(cardOf(cancelled, "en"))[2]).toBe(`${event.title} on Tue 9 Jun, 14:00 will not take place.`);
    expect(cardOf(cancelled, "sv").actions).toBeUndefined();
  });
});

describe("reminders and audience", () => {
  it("remind the day before and shortly before, with ids per occurrence and hour", () => {
    const day = networkEventReminderAnnouncement(event, 24, CALENDAR);
    expect(day.id).toBe(`network-reminder-tekniktraff-juni-${Date.parse(event.start)}-24h`);
    expect(networkEventReminderAnnouncement({ ...event, start: "2026-06-10T12:00:00Z" }, 24, CALENDAR).id).not.toBe(day.id);
    expect(textsOf(cardOf(day, "sv")).slice(0, 3)).toEqual(["Påminnelse: i morgon", event.title, `${event.title} börjar tis 9 juni 14:00.`]);
    expect(cardOf(networkEventReminderAnnouncement(event, 1, CALENDAR), "en").body[0]).toMatchObject({ text: "Reminder: starting soon" });
    expect(cardOf(day, "sv").actions!.map((a) => a.title)).toEqual(["Anslut", "Lägg till i kalendern"]);
  });

  it("go to the tech network's subscribers; the Westumkonferensen to the trainings' subscribers too", () => {
    expect(topicsOfNetworkEvent({ kind: "tech-network" })).toEqual(["tech-network"]);
    expect(topicsOfNetworkEvent({ kind: "other" })).toEqual(["tech-network"]);
    expect(topicsOfNetworkEvent({ kind: "conference" })).toEqual(["tech-network", "trainings"]);
  });
});
