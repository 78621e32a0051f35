// Echo suppression (docs/decisions/0017): which versions of a course's list items the app's state
// already includes. Every item version has an ETag; the write-back remembers the ETags its own
// writes produced, and the sync those of the list versions it applied (outbox/itemLinks.ts).
// A course whose items all carry such ETags, and whose linked sessions and sites are all still
// there, brings nothing new: its write-backs coming back by delta (or an older version read
// before them) are not applied, so they cannot undo a newer change or trigger another write.
import { courseItemKey, sessionItemKey, siteItemKey, type CourseItemLink, type ItemLinks } from "../outbox/itemLinks.js";

export interface ListedItem {
  /** The link's key: "course", "session-<id>", "site-<member id>". */
  key: string;
  itemId: string;
  eTag?: string;
  /** The item's fields as the list has them (the mirror's). */
  fields: Record<string, unknown>;
}

/** A mirror row's value; the sync adds the ETag of the version it was read from (sharePointSync.ts). */
type Versioned<T> = { itemId: string; value: T };
type AnyVersioned = Versioned<object>;

/** The items of one course in the lists, keyed as the write-back links them. */
export function listedItems(
  course: AnyVersioned,
  sessions: Versioned<{ id: string }>[],
  sites: Versioned<{ id: string }>[],
  fieldsOf: Record<"course" | "session" | "site", (itemId: string) => Record<string, unknown>>,
): ListedItem[] {
  const item = (key: string, row: AnyVersioned, fields: (itemId: string) => Record<string, unknown>): ListedItem => ({ key, itemId: row.itemId, eTag: (row.value as { eTag?: string }).eTag, fields: fields(row.itemId) });
  return [
    item(courseItemKey, course, fieldsOf.course),
    ...sessions.map((s) => item(sessionItemKey(s.value.id), s, fieldsOf.session)),
    // A site's key is "<course id>/<member id>".
    ...sites.map((s) => item(siteItemKey(s.value.id.split("/").pop()!), s, fieldsOf.site)),
  ];
}

/** True when some item is a version the app has not seen, or a linked item is gone from the list. */
export function hasNews(items: ListedItem[], links: Map<string, CourseItemLink>): boolean {
  const unseen = items.some((i) => !i.eTag || !links.get(i.key)?.seen.includes(i.eTag));
  const gone = [...links.keys()].some((key) => !items.some((i) => i.key === key));
  return unseen || gone;
}

/** After the app took the list's version: these ETags are the app's now, and the next write goes If-Match the newest. */
export async function recordSeen(links: ItemLinks, group: string, items: ListedItem[], known: Map<string, CourseItemLink>): Promise<void> {
  for (const i of items) if (i.eTag) await links.saw(group, i.key, { itemId: i.itemId, etag: i.eTag, fields: i.fields }, known.get(i.key));
  for (const key of known.keys()) if (!items.some((i) => i.key === key)) await links.remove(group, key);
}
