// Saving a member's answer to a needs round (issue 13): the one way in for the tab's form (PUT
// /api/needs/rounds/{id}/answers/{memberId}) and the bot's card (Universal Actions), so both keep
// the same rules. The saver is who the token says; she may save for a member she is a contact of
// (her e-mail among its contacts in the directory), or for any member as a coordinator.
// An answer is saved from the version the editor started from: when someone else saved first, the
// save is refused with the answer as it now is (answer-changed) and nothing is stored, so no edit
// is lost silently. A card submitted twice (same content, the first already saved) is not a
// conflict: the stored answer is returned as it is.
import type { NeedsAnswer, NeedsAnswerInput } from "../../contract/index.js";
import { emptyAnswer, savedAnswer, toNeedsAnswer } from "../../domain/needs/needsAnswer.js";
import { changeSummary, sameContent } from "../../domain/needs/needsChangeSummary.js";
import { roundStatus, type NeedsRoundRecord } from "../../domain/needs/needsRound.js";
import { areaProblems, needsAnswerInputSchema } from "../../domain/needs/needsSchemas.js";
import { checkJson } from "../../http/body.js";
import type { Lang } from "../../http/language.js";
import type { Services } from "../../services.js";
import { isWriteConflict } from "../../store/optimisticRetry.js";
import { toStockholmIso } from "@campus-westum/bot/stockholmClock";

export interface SaveNeedsAnswerRequest {
  roundId: string;
  memberId: string;
  /** The body or the card's data: checked here (NeedsAnswerInput when valid). */
  input: NeedsAnswerInput | unknown;
  /** From the token. `coordinator` may save for any member. */
  by: { name: string; email: string; coordinator?: boolean };
  via: "tab" | "card";
  lang: Lang;
  now: number;
}

export type SaveNeedsAnswerResult =
  | { ok: true; answer: NeedsAnswer }
  /** No such round, or no such member in the directory. */
  | { ok: false; reason: "not-found"; what: "round" | "member" }
  /** The saver is not a contact of the member (and not a coordinator). */
  | { ok: false; reason: "not-your-member" }
  /** The round is not open: not sent yet, or past the end of its deadline day. */
  | { ok: false; reason: "round-closed"; round: NeedsRoundRecord }
  /** Field errors in `lang`. */
  | { ok: false; reason: "invalid-input"; errors: { field: string; message: string }[] }
  /** Someone saved since the editor's version: nothing stored; the answer as it is now. */
  | { ok: false; reason: "answer-changed"; current: NeedsAnswer };

/** Whether `email` is among the member's contacts in the directory. */
export async function isContactOf(services: Pick<Services, "directory">, memberId: string, email: string): Promise<boolean> {
  const wanted = email.trim().toLowerCase();
  const member = (await services.directory.current()).get(memberId);
  return wanted !== "" && member !== undefined && member.contacts.some((c) => c.email.trim().toLowerCase() === wanted);
}

export async function saveNeedsAnswer(services: Pick<Services, "needs" | "directory">, request: SaveNeedsAnswerRequest): Promise<SaveNeedsAnswerResult> {
  const { roundId, memberId, by, lang } = request;
  const round = await services.needs.getRound(roundId);
  if (!round) return { ok: false, reason: "not-found", what: "round" };
  const member = (await services.directory.current()).get(memberId);
  if (!member) return { ok: false, reason: "not-found", what: "member" };
  if (!by.coordinator && !(await isContactOf(services, memberId, by.email))) return { ok: false, reason: "not-your-member" };
  if (roundStatus(round.record, request.now) !== "open") return { ok: false, reason: "round-closed", round: round.record };

  const checked = checkJson(request.input, needsAnswerInputSchema, lang);
  if (!checked.ok) return { ok: false, reason: "invalid-input", errors: checked.errors };
  const wrongAreas = areaProblems(checked.value.needs, round.record.areas);
  if (wrongAreas.length > 0) return { ok: false, reason: "invalid-input", errors: wrongAreas.map((p) => ({ field: p.field, message: p.text[lang] })) };
  const input = checked.value;

  const stored = await services.needs.getAnswer(roundId, memberId);
  const current = stored?.record ?? emptyAnswer(roundId, member);
  if (input.version !== current.version) {
    // The same content saved twice (a card submitted again) is already there: nothing to refuse.
    if (input.version === current.version - 1 && sameContent(input, current)) return { ok: true, answer: toNeedsAnswer(current, lang) };
    return { ok: false, reason: "answer-changed", current: toNeedsAnswer(current, lang) };
  }
  const next = savedAnswer(current, { needs: input.needs, comment: input.comment || undefined, memberName: member.name }, {
    at: toStockholmIso(request.now),
    by: { name: by.name, ...(by.email ? { email: by.email } : {}) },
    via: request.via,
    summary: changeSummary(current, input, current.version === 0),
  });
  try {
    await services.needs.saveAnswer(stored, next);
  } catch (error) {
    if (!isWriteConflict(error)) throw error;
    const now = (await services.needs.getAnswer(roundId, memberId))?.record ?? current;
    return { ok: false, reason: "answer-changed", current: toNeedsAnswer(now, lang) };
  }
  return { ok: true, answer: toNeedsAnswer(next, lang) };
}
