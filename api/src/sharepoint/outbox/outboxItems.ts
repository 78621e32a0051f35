// The kinds of write-back the outbox carries, and where each kind's row lives. A row must be in
// the same table and partition as the change it records, so that both go in one transaction:
//   registration  registrations table, PK course id, RK "spout-<registration id>"
//   course        courses table,       PK course id, RK "spout-course": the course item, its
//                 sessions and receiving sites must match the course (outboxCourses.ts)
//   fika          fika table,          PK "series",  RK "spout-<series id>": the series' row
//                 in the events list
// A row is named by the pair (group, registration id) the outbox has always used: the group is
// the course id, or "fika~<series id>" for a series (no course id has a "~"); the registration
// id is empty for course and fika rows. Workers lease a group and deliver its course row before
// its registrations, whose items look the course item up.
import type { TransactionAction } from "@azure/data-tables";
import type { ChangeHook } from "../../store/changeHook.js";

export type OutboxKind = "registration" | "course" | "fika";

export const OUTBOX_PREFIX = "spout-";
export const COURSE_OUTBOX_ROW = `${OUTBOX_PREFIX}course`;
const FIKA_GROUP = "fika~";
const FIKA_PARTITION = "series";

export const fikaGroup = (seriesId: string) => `${FIKA_GROUP}${seriesId}`;
export const seriesOfGroup = (group: string) => (group.startsWith(FIKA_GROUP) ? group.slice(FIKA_GROUP.length) : undefined);

export function kindOf(group: string, registrationId: string): OutboxKind {
  if (registrationId) return "registration";
  return seriesOfGroup(group) !== undefined ? "fika" : "course";
}

export interface RowLocation {
  table: "registrations" | "courses" | "fika";
  partitionKey: string;
  rowKey: string;
}

export function locate(group: string, registrationId: string): RowLocation {
  const series = seriesOfGroup(group);
  if (series !== undefined) return { table: "fika", partitionKey: FIKA_PARTITION, rowKey: `${OUTBOX_PREFIX}${series}` };
  if (!registrationId) return { table: "courses", partitionKey: group, rowKey: COURSE_OUTBOX_ROW };
  return { table: "registrations", partitionKey: group, rowKey: `${OUTBOX_PREFIX}${registrationId}` };
}

/**
 * The hook a store calls for a change of a course or a series: it notes the group for the
 * workers before the transaction and adds the (merged) outbox row to it. A second change
 * before delivery merges into the same row; delivery writes the current state, so a row that
 * outlived a failed transaction only writes what the list has already.
 */
export function outboxHook(kind: "course" | "fika", note: (group: string) => Promise<void>, now: () => number): ChangeHook {
  const group = (id: string) => (kind === "fika" ? fikaGroup(id) : id);
  return {
    before: (id) => note(group(id)),
    action: (id): TransactionAction => {
      const { partitionKey, rowKey } = locate(group(id), "");
      return ["upsert", { partitionKey, rowKey, changedAt: new Date(now()).toISOString(), attempts: 0, nextAttemptAt: 0 }, "Merge"];
    },
  };
}
