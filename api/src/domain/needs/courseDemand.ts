// The demand a course meets (issue 13): how many members asked for one of its areas in the current
// needs round. The current round is the open one (sent, its deadline not passed; the latest deadline
// if there are several), else the one closed last. A draft round asked nobody yet. Pure.
import type { CourseNeedsDemand, EducationAreaId, NeedsAnswer } from "../../contract/index.js";
import { hasAnswered } from "./needsResults.js";
import { deadlineEnd, roundStatus, type NeedsRoundRecord } from "./needsRound.js";

export function currentRound(rounds: readonly NeedsRoundRecord[], nowMs: number): NeedsRoundRecord | undefined {
  const latestFirst = rounds.filter((r) => roundStatus(r, nowMs) !== "draft").sort((a, b) => deadlineEnd(b.deadline) - deadlineEnd(a.deadline));
  return latestFirst.find((r) => roundStatus(r, nowMs) === "open") ?? latestFirst[0];
}

export function courseNeedsDemand(round: Pick<NeedsRoundRecord, "id" | "title">, answers: readonly NeedsAnswer[], courseAreas: readonly EducationAreaId[]): CourseNeedsDemand {
  const askers = answers.filter((a) => hasAnswered(a) && a.needs.some((n) => courseAreas.includes(n.area)));
  return { roundId: round.id, roundTitle: round.title, members: new Set(askers.map((a) => a.memberId)).size };
}
