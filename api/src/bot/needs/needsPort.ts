// The bot's NeedsPort over the API's needs store (issue 13): the round and answers as the card
// shows them, and the save through saveNeedsAnswer, the same rules as the tab's PUT (via "card").
// The person is the activity's sender as Teams knows her (Entra object id, roster e-mail): the
// members she may answer for are those whose contacts include her e-mail (decision 0013), never
// a coordinator's override, which only the tab offers.
import type { NeedsAnswerView, NeedsPort, NeedsRoundView, Person } from "@campus-westum/bot";
import { COURSE_FORMATS, EDUCATION_AREAS, NEEDS_AUDIENCES, TERMS, type NeedsAnswer } from "../../contract/index.js";
import { emptyAnswer, toNeedsAnswer } from "../../domain/needs/needsAnswer.js";
import { roundStatus, type NeedsRoundRecord } from "../../domain/needs/needsRound.js";
import { saveNeedsAnswer } from "../../handlers/needs/saveNeedsAnswer.js";
import type { Services } from "../../services.js";

const labelled = (items: readonly { id: string; sv: string; en: string }[]) => items.map(({ id, sv, en }) => ({ id, sv, en }));

export function roundView(record: NeedsRoundRecord, nowMs: number): NeedsRoundView {
  const term = TERMS.find((t) => t.id === record.period.term)!;
  return {
    id: record.id,
    title: record.title,
    period: { sv: `${term.sv} ${record.period.year}`, en: `${term.en} ${record.period.year}` },
    deadline: record.deadline,
    status: roundStatus(record, nowMs),
    intro: record.intro,
    areas: labelled(EDUCATION_AREAS.filter((a) => record.areas.includes(a.id))),
  };
}

export function answerView(answer: NeedsAnswer): NeedsAnswerView {
  const last = answer.history[0];
  return {
    memberId: answer.memberId,
    memberName: answer.memberName,
    needs: answer.needs.map((n) => ({ ...n })),
    ...(answer.comment ? { comment: answer.comment } : {}),
    version: answer.version,
    ...(last ? { lastChange: { name: last.by.name, at: last.at } } : {}),
  };
}

export function needsPort(services: Services): NeedsPort {
  return {
    audiences: labelled(NEEDS_AUDIENCES),
    formats: labelled(COURSE_FORMATS),
    async round(roundId) {
      const stored = await services.needs.getRound(roundId);
      return stored && roundView(stored.record, services.now());
    },
    async answersOf(roundId, person: Person) {
      const members = (await services.directory.current()).membersOfEmail(person.email ?? "");
      return Promise.all(
        members.map(async (member) => {
          const stored = await services.needs.getAnswer(roundId, member.id);
          return answerView(toNeedsAnswer(stored?.record ?? emptyAnswer(roundId, member), "sv"));
        }),
      );
    },
    async save(roundId, memberId, person, draft, lang) {
      const result = await saveNeedsAnswer(services, {
        roundId,
        memberId,
        input: draft,
        by: { name: person.name, email: person.email ?? "" },
        via: "card",
        lang,
        now: services.now(),
      });
      if (result.ok) return { ok: true, answer: answerView(result.answer) };
      switch (result.reason) {
        case "answer-changed":
          return { ok: false, reason: "answer-changed", current: answerView(result.current) };
        case "invalid-input":
          return { ok: false, reason: "invalid-input", errors: result.errors };
        default:
          return { ok: false, reason: result.reason };
      }
    },
  };
}
