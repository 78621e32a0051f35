// The kinds of write-back the outbox carries, and where each kind's row lives. A row must be in
// the same table and partition as the change it records, so that both go in one transaction:
//   registration  registrations table, PK course id, RK "spout-<registration id>"
//   course        courses table,       PK course id, RK "spout-course": the course item, its
//                 sessions and receiving sites must match the course (outboxCourses.ts)
//   fika          fika table,          PK "series",  RK "spout-<series id>": the series' row
//                 in the events list
//   needs         needs table,         PK round id,  RK "spout-round": the round's item and
//                 one item per stated need of its answers must match the round (needsWriteBack.ts)
// A row is named by the pair (group, registration id) the outbox has always used: the group is
// the course id, "fika~<series id>" for a series or "needs~<round id>" for a needs round (no
// course id has a "~"); the registration id is empty for course, fika and needs rows. Workers lease a group and deliver its course row before
// its registrations, whose items look the course item up.
import type { TransactionAction } from "@azure/data-tables";
import type { ChangeHook } from "../../store/changeHook.js";

export type OutboxKind = "registration" | "course" | "fika" | "needs";

export const OUTBOX_PREFIX = "spout-";
export const COURSE_OUTBOX_ROW = `${OUTBOX_PREFIX}course`;
const FIKA_GROUP = "fika~";
const FIKA_PARTITION = "series";
const NEEDS_GROUP = "needs~";
const NEEDS_OUTBOX_ROW = `${OUTBOX_PREFIX}round`;

export const fikaGroup = (seriesId: string) => `${FIKA_GROUP}${seriesId}`;
export const seriesOfGroup = (group: string) => (group.startsWith(FIKA_GROUP) ? group.slice(FIKA_GROUP.length) : undefined);
export const needsGroup = (roundId: string) => `${NEEDS_GROUP}${roundId}`;
export const roundOfGroup = (group: string) => (group.startsWith(NEEDS_GROUP) ? group.slice(NEEDS_GROUP.length) : undefined);
/** Where the refused registration writes of a course are kept (itemLinks.ts): no course id has a "~". */
export const registrationConflictGroup = (courseId: string) => `${courseId}~registrations`;
/** A group whose only row is its own (a series, a round): no registrations under it. */
export const isSingleRowGroup = (group: string) => seriesOfGroup(group) !== undefined || roundOfGroup(group) !== undefined;

export function kindOf(group: string, registrationId: string): OutboxKind {
  if (registrationId) return "registration";
  if (roundOfGroup(group) !== undefined) return "needs";
  return seriesOfGroup(group) !== undefined ? "fika" : "course";
}

export interface RowLocation {
  table: "registrations" | "courses" | "fika" | "needs";
  partitionKey: string;
  rowKey: string;
}

export function locate(group: string, registrationId: string): RowLocation {
  const series = seriesOfGroup(group);
  if (series !== undefined) return { table: "fika", partitionKey: FIKA_PARTITION, rowKey: `${OUTBOX_PREFIX}${series}` };
  const round = roundOfGroup(group);
  if (round !== undefined) return { table: "needs", partitionKey: round, rowKey: NEEDS_OUTBOX_ROW };
  if (!registrationId) return { table: "courses", partitionKey: group, rowKey: COURSE_OUTBOX_ROW };
  return { table: "registrations", partitionKey: group, rowKey: `${OUTBOX_PREFIX}${registrationId}` };
}

/**
 * The hook a store calls for a change of a course, a series or a needs round: it notes the group for the
 * workers before the transaction and adds the (merged) outbox row to it. A second change
 * before delivery merges into the same row; delivery writes the current state, so a row that
 * outlived a failed transaction only writes what the list has already.
 */
export function outboxHook(kind: "course" | "fika" | "needs", note: (group: string) => Promise<void>, now: () => number): ChangeHook {
  const group = (id: string) => (kind === "fika" ? fikaGroup(id) : kind === "needs" ? needsGroup(id) : id);
  return {
    before: (id) => note(group(id)),
    action: (id): TransactionAction => {
      const { partitionKey, rowKey } = locate(group(id), "");
      return ["upsert", { partitionKey, rowKey, changedAt: new Date(now()).toISOString(), attempts: 0, nextAttemptAt: 0 }, "Merge"];
    },
  };
}
