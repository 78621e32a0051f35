// A needs round as the app keeps it (issue 13), and the rule that opens and closes it. The stored
// record has what a coordinator set and when it was sent; whether it is open is computed from
// the clock, so a round closes at the end of its deadline day without anybody writing anything.
//
// The deadline is a Stockholm day: answers are accepted until midnight at its end, Stockholm time
// (23:59:59 Swedish time, whatever the offset that day). Swedish clocks change at 02:00/03:00,
// never at midnight, so the end of a day always exists and is unambiguous.
import { addDays, startOfStockholmDay } from "@campus-westum/bot/stockholmClock";
import type { NeedsRound, NeedsRoundStatus } from "../../contract/index.js";

/** What is stored of a round; `status`, `answered` and `members` are computed when it is shown. */
export type NeedsRoundRecord = Omit<NeedsRound, "status" | "answered" | "members"> & {
  /** When the coordinator last sent a reminder (ISO, Stockholm offset). */
  remindedAt?: string;
};

/** Round ids: "needs-" and eight hex digits. */
export const NEEDS_ROUND_ID = /^needs-[0-9a-f]{8}$/;

/** The first instant answers are no longer accepted: midnight after the deadline day, in Stockholm. */
export function deadlineEnd(deadline: string): number {
  return startOfStockholmDay(addDays(deadline, 1));
}

/** draft until sent; open until the end of the deadline day; closed after it. */
export function roundStatus(round: Pick<NeedsRoundRecord, "sentAt" | "deadline">, nowMs: number): NeedsRoundStatus {
  if (!round.sentAt) return "draft";
  return nowMs < deadlineEnd(round.deadline) ? "open" : "closed";
}

/** Whether the deadline day has already ended at `nowMs` (a new or moved deadline must not have). */
export const deadlinePassed = (deadline: string, nowMs: number): boolean => nowMs >= deadlineEnd(deadline);
