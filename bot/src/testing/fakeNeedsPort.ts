// An in-memory NeedsPort for the bot's conversation tests, with the API's rules that the card
// relies on: answers only for the members whose contact the person is (by e-mail), the version
// check (a stale version is refused with the current answer), and no save once the round closed.
import type { NeedsAnswerView, NeedsPort, NeedsRoundView } from "../needsPort.js";

export const sampleNeedsRound: NeedsRoundView = {
  id: "needs-0a1b2c3d",
  title: "Behovsinventering våren 2027",
  period: { sv: "Vårterminen 2027", en: "Spring term 2027" },
  deadline: "2027-01-31",
  status: "open",
  intro: { sv: "Vad behöver ni nästa termin?", en: "What do you need next term?" },
  areas: [
    { id: "it", sv: "IT", en: "IT" },
    { id: "vard-omsorg", sv: "Vård och omsorg", en: "Health and social care" },
  ],
};

/** Contacts by e-mail (or, where the test's roster has none, object id): Ada answers for one member, Bo for two. */
export const NEEDS_CONTACTS: Record<string, { id: string; name: string }[]> = {
  "oid-ada": [{ id: "alingsas-larcentrum", name: "Alingsås lärcentrum" }],
  "oid-bo": [
    { id: "alingsas-larcentrum", name: "Alingsås lärcentrum" },
    { id: "vuxenutbildningen-i-boras-stad", name: "Vuxenutbildningen i Borås stad" },
  ],
};

export function fakeNeedsPort(round: NeedsRoundView = sampleNeedsRound): NeedsPort & { answers: Map<string, NeedsAnswerView>; saves: number; setStatus(s: NeedsRoundView["status"]): void } {
  const answers = new Map<string, NeedsAnswerView>();
  let current = round;
  const answerOf = (member: { id: string; name: string }) => answers.get(member.id) ?? { memberId: member.id, memberName: member.name, needs: [], version: 0 };
  const port: ReturnType<typeof fakeNeedsPort> = {
    answers,
    saves: 0,
    setStatus: (status) => void (current = { ...current, status }),
    audiences: [
      { id: "students", sv: "Studerande", en: "Students" },
      { id: "staff", sv: "Personal", en: "Staff" },
    ],
    formats: [
      { id: "on-site", sv: "På plats", en: "On site" },
      { id: "online", sv: "Digitalt, var du vill", en: "Online, anywhere" },
    ],
    round: async (id) => (id === current.id ? current : undefined),
    answersOf: async (_roundId, person) => (NEEDS_CONTACTS[person.email ?? person.id] ?? []).map(answerOf),
    save: async (_roundId, memberId, person, draft) => {
      const member = (NEEDS_CONTACTS[person.email ?? person.id] ?? []).find((m) => m.id === memberId);
      if (!member) return { ok: false, reason: "not-your-member" };
      if (current.status !== "open") return { ok: false, reason: "round-closed" };
      const stored = answerOf(member);
      if (stored.version !== draft.version) return { ok: false, reason: "answer-changed", current: stored };
      const saved: NeedsAnswerView = { ...stored, needs: draft.needs, comment: draft.comment, version: stored.version + 1, lastChange: { name: person.name, at: "2026-12-01T10:00:00+01:00" } };
      answers.set(memberId, saved);
      port.saves++;
      return { ok: true, answer: saved };
    },
  };
  return port;
}
