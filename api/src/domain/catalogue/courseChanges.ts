// What a change to a published course means for the people on it: sessions whose time or place
// changed, sessions added and sessions removed. The bot announces these (course-changed events).
import type { CourseEvent, SessionWhereWhen } from "../../contract/index.js";
import type { CourseRecord } from "./courseSchema.js";

const whereWhen = (s: CourseRecord["sessions"][number]): SessionWhereWhen => ({
  start: s.start,
  end: s.end,
  ...(s.place ? { place: s.place } : {}),
  ...(s.onlineUrl ? { onlineUrl: s.onlineUrl } : {}),
});
const same = (a: SessionWhereWhen, b: SessionWhereWhen) =>
  a.start === b.start && a.end === b.end && a.place === b.place && a.onlineUrl === b.onlineUrl;

export function sessionChanges(before: CourseRecord, after: CourseRecord): NonNullable<CourseEvent["changes"]> {
  const changes: NonNullable<CourseEvent["changes"]> = [];
  for (const old of before.sessions) {
    const now = after.sessions.find((s) => s.id === old.id);
    if (!now) changes.push({ sessionId: old.id, before: whereWhen(old) });
    else if (!same(whereWhen(old), whereWhen(now))) changes.push({ sessionId: old.id, before: whereWhen(old), after: whereWhen(now) });
  }
  for (const added of after.sessions.filter((s) => !before.sessions.some((b) => b.id === s.id))) {
    changes.push({ sessionId: added.id, after: whereWhen(added) });
  }
  return changes;
}
