// In-memory ports for the bot's conversation tests: a small catalogue, a fika series, and
// conversation records in a Map. Same contracts as the API's implementations.
import type { ConversationRecord, ConversationStore } from "../conversations.js";
import type { NetworkEventView } from "../networkEvents.js";
import { fakeNeedsPort } from "./fakeNeedsPort.js";
import type { BotPorts, CataloguePort, CourseView, FikaOccurrence, FikaPort, RsvpAnswer } from "../ports.js";

export const sampleCourse: CourseView = {
  id: "course-1",
  title: "Filmproduktion med mobilen",
  providerName: "Lärcentrum Tanum (exempeldata)",
  subRegions: ["fyrbodal"],
  areas: ["it"],
  format: { id: "online", sv: "Digitalt, var du vill", en: "Online, anywhere" },
  status: "published",
  registrationDeadline: "2026-03-01T23:59:00+01:00",
  seatsLeft: 12,
  sessions: [{ id: "s1", start: "2026-03-10T09:00:00+01:00", end: "2026-03-10T12:00:00+01:00", onlineUrl: "https://teams.microsoft.com/l/meetup-join/example" }],
};

export const sampleFika: FikaOccurrence = { seriesId: "fika", title: "Digital fika", start: "2026-03-03T14:00:00+01:00", durationMinutes: 30, joinUrl: "https://teams.microsoft.com/l/meetup-join/fika" };

/** A tech-network meeting on Tuesday 9 June 2026, 14:00-16:00 Stockholm (summer time), monthly. */
export const sampleNetworkEvent: NetworkEventView = {
  id: "tekniktraff-juni",
  title: "Tekniknätverkets träff: AI i vuxenutbildningen",
  kind: "tech-network",
  start: "2026-06-09T12:00:00Z",
  end: "2026-06-09T14:00:00Z",
  joinUrl: "https://teams.microsoft.com/l/meetup-join/tekniknatverket",
  description: "Vi delar erfarenheter av AI-verktyg i undervisningen.",
  later: ["2026-08-11T12:00:00Z", "2026-09-08T12:00:00Z"],
};

/** Ids of people the fake directory does not know (a registration needs her declared member). */
export const STRANGER = "stranger";
const FAKE_MEMBERS = [
  { id: "alingsas-larcentrum", name: "Alingsås lärcentrum" },
  { id: "vuxenutbildningen-i-boras-stad", name: "Vuxenutbildningen i Borås stad" },
];

export function fakePorts(): BotPorts & { records: Map<string, ConversationRecord>; registered: string[]; declared: Map<string, string>; pairing: Map<string, boolean> } {
  const records = new Map<string, ConversationRecord>();
  const registered: string[] = [];
  const declared = new Map<string, string>();
  const rsvps = new Map<string, RsvpAnswer>();
  const pairing = new Map<string, boolean>();
  const conversations: ConversationStore = {
    get: async (id) => records.get(id),
    save: async (r) => void records.set(r.conversationId, r),
    remove: async (id) => void records.delete(id),
    removeTeam: async (teamId) => {
      const ids = [...records.values()].filter((r) => r.teamId === teamId).map((r) => r.conversationId);
      ids.forEach((id) => records.delete(id));
      return ids.length;
    },
    renameTeam: async (teamId, name) => {
      for (const r of records.values()) if (r.teamId === teamId) records.set(r.conversationId, { ...r, teamName: name });
    },
    markInactive: async (id, reason) => void (records.has(id) && records.set(id, { ...records.get(id)!, active: false, inactiveReason: reason })),
    subscribersOf: async (topics) => [...records.values()].filter((r) => r.active && r.topics.some((t) => topics.includes(t))),
    personalChatsOf: async (ids) => [...records.values()].filter((r) => r.kind === "personal" && ids.includes(r.userId ?? "")),
  };
  const catalogue: CataloguePort = {
    upcoming: async (filter) => [sampleCourse].filter((c) => (!filter.area || c.areas.includes(filter.area)) && (!filter.subRegion || c.subRegions.includes(filter.subRegion))),
    course: async (id) => (id === sampleCourse.id ? sampleCourse : undefined),
    members: async () => FAKE_MEMBERS,
    register: async (courseId, person, declaredMemberId) => {
      const stranger = person.id === STRANGER;
      if (stranger && !FAKE_MEMBERS.some((m) => m.id === declaredMemberId)) return { ok: false, reason: "member-unknown" };
      if (registered.includes(person.id)) return { ok: false, reason: "already-registered" };
      registered.push(person.id);
      if (stranger) declared.set(person.id, declaredMemberId!);
      return courseId === sampleCourse.id ? { ok: true, status: "registered" } : { ok: false, reason: "not-found" };
    },
    registrationsOf: async (person) => (registered.includes(person.id) ? [{ course: sampleCourse, status: "registered" as const }] : []),
    calendarUrl: (id) => `http://127.0.0.1:7071/api/courses/${id}/calendar.ics`,
    areas: [{ id: "it", sv: "IT", en: "IT" }, { id: "vard-omsorg", sv: "Vård och omsorg", en: "Health and social care" }],
    subRegions: [{ id: "skaraborg", sv: "Skaraborg", en: "Skaraborg" }, { id: "fyrbodal", sv: "Fyrbodal", en: "Fyrbodal" }],
  };
  const count = () => ({ yes: [...rsvps.values()].filter((a) => a === "yes").length, no: [...rsvps.values()].filter((a) => a === "no").length });
  const fika: FikaPort = {
    next: async () => sampleFika,
    occurrence: async (seriesId, start) => (seriesId === sampleFika.seriesId && start === sampleFika.start ? sampleFika : undefined),
    rsvp: async (_s, _start, person, answer) => (rsvps.set(person.id, answer), count()),
    counts: async () => count(),
    answerOf: async (_s, _start, personId) => rsvps.get(personId),
    setPairing: async (person, on) => void pairing.set(person.id, on),
  };
  return { conversations, catalogue, fika, needs: fakeNeedsPort(), now: () => Date.parse("2026-02-20T10:00:00Z"), defaultLang: "sv", records, registered, declared, pairing };
}
