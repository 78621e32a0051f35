// A course's write-back: its item in Utbildningar, one item per session in Kurstillfällen and
// one per receiving site in Mottagande lärcentra, made to match the course as the app has it
// now (delivering twice writes nothing new). Items of sessions or sites the course no longer has
// are deleted. Each item follows the ETag rule of listItemWrite.ts; what the lists refused is
// kept as the course's conflict, with both versions, until a later write-back of the course
// goes through. A fika series is one row of Händelser, by the same rule.
import type { FikaStore } from "../../bot/fikaStore.js";
import type { CourseStore } from "../../store/courseStore.js";
import type { ListKey } from "../listDefinition.js";
import { courseItems, eventItems, sessionItems, siteItems } from "../mapping/catalogueItems.js";
import { courseListFields, fikaEventFields, sessionListFields, siteListFields } from "../mapping/courseListFields.js";
import { sessionListKey, siteListKey } from "../mapping/catalogueItems.js";
import { courseItemKey, eventItemKey, sessionItemKey, siteItemKey } from "./itemLinks.js";
import { removeItem, writeItem, type ItemWriter, type RefusedItem } from "./listItemWrite.js";
import { fikaGroup } from "./outboxItems.js";

export interface CourseWriteBackDeps extends ItemWriter {
  courses: CourseStore;
  fika?: FikaStore;
  listId: (list: ListKey) => Promise<string>;
  /** The Medlemmar item of a member: lookups point at it. */
  memberItemId: (memberId: string) => Promise<string | undefined>;
  now: () => number;
}

const missingMember = (memberId: string) => new Error(`the member ${memberId} is not in the list "Medlemmar" (yet)`);

/**
 * Writes the course's items: the number of items the lists refused, and whether the course's own
 * item is a new one because the one the app knew was deleted in the list (its registrations'
 * rows then point at the deleted item).
 */
export async function writeCourseBack(deps: CourseWriteBackDeps, courseId: string): Promise<{ refused: number; courseItemReplaced: boolean }> {
  const stored = await deps.courses.get(courseId);
  if (!stored) return { refused: 0, courseItemReplaced: false }; // nothing of it exists any more: nothing to write
  const course = stored.record;
  const providerItemId = await deps.memberItemId(course.providerMemberId);
  if (!providerItemId) throw missingMember(course.providerMemberId);
  const [coursesList, sessionsList, sitesList] = await Promise.all([deps.listId("courses"), deps.listId("sessions"), deps.listId("receivingSites")]);
  const links = await deps.links.all(courseId);
  const refused: RefusedItem[] = [];
  const note = (outcome: { refused?: RefusedItem }) => outcome.refused && refused.push(outcome.refused);

  const courseItem = await writeItem(deps, {
    group: courseId, key: courseItemKey, listId: coursesList, listName: courseItems.displayName,
    keyColumn: "CourseKey", keyValue: course.id, fields: courseListFields(course, { providerItemId }),
  }, links.get(courseItemKey));
  note(courseItem);
  const courseItemId = courseItem.itemId;

  for (const session of course.sessions) {
    const key = sessionItemKey(session.id);
    note(await writeItem(deps, {
      group: courseId, key, listId: sessionsList, listName: sessionItems.displayName,
      keyColumn: "SessionKey", keyValue: sessionListKey(course.id, session.id), fields: sessionListFields(course, session, { courseItemId }),
    }, links.get(key)));
  }
  for (const site of course.receivingSites) {
    const memberItemId = await deps.memberItemId(site.memberId);
    if (!memberItemId) throw missingMember(site.memberId);
    const key = siteItemKey(site.memberId);
    note(await writeItem(deps, {
      group: courseId, key, listId: sitesList, listName: siteItems.displayName,
      keyColumn: "SiteKey", keyValue: siteListKey(course.id, site.memberId), fields: siteListFields(course, site, { courseItemId, memberItemId }),
    }, links.get(key)));
  }

  // Sessions and sites the course no longer has.
  const kept = new Set([courseItemKey, ...course.sessions.map((s) => sessionItemKey(s.id)), ...course.receivingSites.map((s) => siteItemKey(s.memberId))]);
  for (const [key, link] of links) {
    if (kept.has(key)) continue;
    const [listId, listName] = key.startsWith("session-") ? [sessionsList, sessionItems.displayName] : [sitesList, siteItems.displayName];
    const outcome = await removeItem(deps, courseId, key, listId, listName, link);
    if (outcome) refused.push(outcome);
  }
  await settle(deps, courseId, refused);
  const known = links.get(courseItemKey);
  return { refused: refused.length, courseItemReplaced: known !== undefined && known.itemId !== courseItemId };
}

/** Writes a fika series' row of the events list; the number of items refused (0 or 1). */
export async function writeFikaBack(deps: CourseWriteBackDeps, seriesId: string): Promise<number> {
  const series = await deps.fika?.getSeries(seriesId);
  if (!series) return 0;
  const group = fikaGroup(seriesId);
  const outcome = await writeItem(deps, {
    group, key: eventItemKey, listId: await deps.listId("events"), listName: eventItems.displayName,
    keyColumn: "EventKey", keyValue: series.id, fields: fikaEventFields(series),
  }, await deps.links.get(group, eventItemKey));
  await settle(deps, group, outcome.refused ? [outcome.refused] : []);
  return outcome.refused ? 1 : 0;
}

/** A refused write is kept with both versions; a write that went through clears an older one. */
async function settle(deps: CourseWriteBackDeps, group: string, refused: RefusedItem[]): Promise<void> {
  if (refused.length === 0) await deps.links.clearConflict(group);
  else await deps.links.saveConflict(group, { at: new Date(deps.now()).toISOString(), items: refused });
}
