// A member's answer to a needs round as the app keeps it (issue 13). One answer per member and
// round; every save adds one to its version and puts a line at the top of its history (who, when,
// from the tab or the card, and what changed in words). The summary is kept in both languages,
// so each reader sees the history in her own. The history is bounded: the oldest lines go, the
// answer's row stays far within Azure Tables' 64 KiB per property (see textSchemas.ts).
import type { Need, NeedsAnswer, NeedsAnswerChange } from "../../contract/index.js";
import type { Bilingual } from "../catalogue/messages.js";

/** Lines of history an answer keeps (newest first). */
export const MAX_ANSWER_HISTORY = 30;

export interface StoredNeedsAnswerChange extends Omit<NeedsAnswerChange, "summary"> {
  summary: Bilingual;
}

export interface NeedsAnswerRecord extends Omit<NeedsAnswer, "history"> {
  history: StoredNeedsAnswerChange[];
}

/** The answer of a member nobody of has saved yet: version 0, no needs. */
export function emptyAnswer(roundId: string, member: { id: string; name: string }): NeedsAnswerRecord {
  return { roundId, memberId: member.id, memberName: member.name, needs: [], version: 0, history: [] };
}

/** The answer after a save: the new needs and comment, one more version, the change on top of the history. */
export function savedAnswer(
  previous: NeedsAnswerRecord,
  next: { needs: Need[]; comment?: string; memberName: string },
  change: StoredNeedsAnswerChange,
): NeedsAnswerRecord {
  return {
    roundId: previous.roundId,
    memberId: previous.memberId,
    memberName: next.memberName,
    needs: next.needs,
    ...(next.comment ? { comment: next.comment } : {}),
    version: previous.version + 1,
    answeredAt: change.at,
    history: [change, ...previous.history].slice(0, MAX_ANSWER_HISTORY),
  };
}

/** The contract's answer, its history in the reader's language. */
export function toNeedsAnswer(record: NeedsAnswerRecord, lang: keyof Bilingual): NeedsAnswer {
  return { ...record, history: record.history.map((change) => ({ ...change, summary: change.summary[lang] })) };
}
