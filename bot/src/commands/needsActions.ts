// The needs card's two invokes: a view (the refresh Teams runs when someone sees the card, "Svara"
// and a member's button) only reads; "Spara" saves through the API's rules. Both answer with the
// card as this viewer should see it now. Who she is comes from the activity (her Entra object id,
// her e-mail from the Teams roster), never from the card's data; which members she may answer
// for, from the directory.
import type { z } from "zod";
import type { AdaptiveCard } from "../cards/adaptiveCard.js";
import { needsChooseMemberCard, needsClosedCard, needsFormCard, needsNoticeCard, needsSummary, type NeedRow, type NeedsForm } from "../cards/needsCards.js";
import { needsMessages } from "../i18n/needsMessages.js";
import type { NeedsAnswerView, NeedsPort, NeedsRoundView } from "../needsPort.js";
import type { Turn } from "../turn/turn.js";
import { draftOf, needsSaveData, needsViewData, sameContent } from "./needsDraft.js";

type Notice = NonNullable<NeedsForm["notices"]>[number];

interface Viewer {
  round: NeedsRoundView;
  answers: NeedsAnswerView[];
}

/** The round and the viewer's answers, or the card to answer instead when there is nothing to fill in. */
async function viewerOf(turn: Turn, port: NeedsPort, roundId: string): Promise<Viewer | AdaptiveCard> {
  const m = needsMessages[turn.lang];
  const round = await port.round(roundId);
  if (!round) return needsNoticeCard(m.gone, m.gone);
  const answers = await port.answersOf(round.id, await turn.user());
  if (round.status !== "open") return needsClosedCard(round, answers, port, turn.lang);
  if (answers.length === 0) return needsNoticeCard(round.title, m.notAContact);
  return { round, answers };
}

const isCard = (found: Viewer | AdaptiveCard): found is AdaptiveCard => "type" in found;

function form(turn: Turn, port: NeedsPort, { round, answers }: Viewer, answer: NeedsAnswerView, extra: { rows?: NeedRow[]; comment?: string; notices?: Notice[] } = {}) {
  const otherMembers = answers.filter((a) => a.memberId !== answer.memberId).map((a) => ({ id: a.memberId, name: a.memberName }));
  return needsFormCard({ round, answer, otherMembers, vocabulary: port, ...extra }, turn.lang);
}

export async function needsView(turn: Turn, port: NeedsPort, { roundId, memberId }: z.infer<typeof needsViewData>): Promise<AdaptiveCard> {
  const viewer = await viewerOf(turn, port, roundId);
  if (isCard(viewer)) return viewer;
  const chosen = viewer.answers.find((a) => a.memberId === memberId) ?? (viewer.answers.length === 1 ? viewer.answers[0] : undefined);
  if (!chosen) return needsChooseMemberCard(viewer.round, viewer.answers.map((a) => ({ id: a.memberId, name: a.memberName })), turn.lang);
  const notices: Notice[] = memberId && chosen.memberId !== memberId ? [{ text: needsMessages[turn.lang].notYourMember, color: "Warning" }] : [];
  return form(turn, port, viewer, chosen, { notices });
}

export async function needsSave(turn: Turn, port: NeedsPort, data: z.infer<typeof needsSaveData>): Promise<AdaptiveCard> {
  const m = needsMessages[turn.lang];
  const viewer = await viewerOf(turn, port, data.roundId);
  if (isCard(viewer)) return viewer;
  const mine = viewer.answers.find((a) => a.memberId === data.memberId);
  if (!mine) return needsView(turn, port, { roundId: data.roundId, memberId: data.memberId });
  const parsed = draftOf(data, data.version, viewer.round, port, turn.lang);
  const typed = { rows: parsed.rows, comment: parsed.comment };
  if (!parsed.ok) return form(turn, port, viewer, mine, { ...typed, notices: errorNotices(m.fixErrors, parsed.errors) });
  let result: Awaited<ReturnType<NeedsPort["save"]>>;
  try {
    result = await port.save(viewer.round.id, mine.memberId, await turn.user(), parsed.draft, turn.lang);
  } catch {
    return form(turn, port, viewer, mine, { ...typed, notices: [{ text: m.unavailable, color: "Attention" }] });
  }
  if (result.ok) return form(turn, port, withAnswer(viewer, result.answer), result.answer, { notices: [savedNotice(turn, result.answer)] });
  switch (result.reason) {
    case "answer-changed": {
      const { current } = result;
      // The same card submitted twice: the first stored it, the second finds it there.
      if (sameContent(current, parsed.draft)) return form(turn, port, withAnswer(viewer, current), current, { notices: [savedNotice(turn, current)] });
      const unsaved = needsSummary(parsed.draft.needs, viewer.round, port, turn.lang).join("; ") || m.nothing;
      return form(turn, port, withAnswer(viewer, current), current, {
        notices: [{ text: m.changed(current.lastChange?.name ?? "?"), color: "Attention" }, { text: m.yourUnsaved(unsaved) }],
      });
    }
    case "invalid-input":
      return form(turn, port, viewer, mine, { ...typed, notices: errorNotices(m.fixErrors, result.errors.map((e) => e.message)) });
    case "round-closed":
      return needsClosedCard({ ...viewer.round, status: "closed" }, viewer.answers, port, turn.lang);
    case "not-your-member":
      return needsView(turn, port, { roundId: data.roundId });
    case "not-found":
      return needsNoticeCard(m.gone, m.gone);
  }
}

const withAnswer = (viewer: Viewer, answer: NeedsAnswerView): Viewer => ({ ...viewer, answers: viewer.answers.map((a) => (a.memberId === answer.memberId ? answer : a)) });
const errorNotices = (lead: string, errors: string[]): Notice[] => [{ text: lead, color: "Attention" }, ...errors.map((e) => ({ text: `• ${e}`, color: "Attention" as const }))];
const savedNotice = (turn: Turn, answer: NeedsAnswerView): Notice => ({ text: answer.needs.length ? needsMessages[turn.lang].saved : needsMessages[turn.lang].savedNoNeeds, color: "Good" });
