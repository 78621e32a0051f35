// Writing one list item the app owns a version of (a course, a session, a receiving site, a fika
// series), by the conflict rule of docs/decisions/0017: the list item's ETag decides.
//   - No link yet: look the item up by its key column (indexed, unique) before creating it, so a
//     crash between Graph's create and our note of the item id finds it instead of making two.
//   - A link: PATCH only the fields that changed since the app last knew the item, with If-Match
//     the ETag the app last saw. 412 (the list changed since): nothing is written, the list's
//     version stays and comes into the app by the sync, and the app's refused values are returned
//     beside the list's for the coordinator to see (nothing lost).
//   - 404 (a coordinator deleted the item): the app still has it, so it is created again.
import { isNotFound, isPreconditionFailed } from "../graphErrors.js";
import { withoutNulls } from "../mapping/courseListFields.js";
import type { GraphListItem, SiteLists } from "../siteLists.js";
import type { CourseItemLink, ItemLinks } from "./itemLinks.js";

export interface ItemTarget {
  /** The outbox group and the link's key within it (itemLinks.ts). */
  group: string;
  key: string;
  listId: string;
  /** The list's display name, for the coordinator. */
  listName: string;
  keyColumn: string;
  keyValue: string;
  fields: Record<string, unknown>;
}

export type RefusedItem = { list: string; itemId: string; fields: { field: string; list: string; app: string }[] };

export interface ItemWriter {
  site: SiteLists;
  links: ItemLinks;
}

const isAnnotation = (field: string) => field.includes("@odata.");
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
/** A list value as the conflict notice shows it: text, empty for none, a multi-choice joined. */
export const asText = (value: unknown) => (value === undefined || value === null ? "" : Array.isArray(value) ? value.join(", ") : String(value));

/** The fields that differ from what the app last knew, with the type annotations of those that go. */
export function changedFields(wanted: Record<string, unknown>, known: Record<string, unknown>): Record<string, unknown> {
  const changed = Object.entries(wanted).filter(([k, v]) => !isAnnotation(k) && !same(v, known[k]));
  return Object.fromEntries(changed.flatMap(([k, v]) => [[k, v], ...Object.entries(wanted).filter(([a]) => a.startsWith(`${k}@odata.`))]));
}

/** Creates or updates the item; the item id, and what the list refused (412) if it did. */
export async function writeItem(w: ItemWriter, target: ItemTarget, link: CourseItemLink | undefined): Promise<{ itemId: string; refused?: RefusedItem }> {
  if (!link) {
    const found = await findByKey(w.site, target);
    if (!found) return { itemId: await create(w, target) };
    // Ours, from a run that crashed before noting it: taken over at the ETag it has now.
    link = { itemId: found.id, etag: found.eTag ?? "", fields: {}, seen: [] };
  }
  const patch = changedFields(target.fields, link.fields);
  if (Object.keys(patch).length === 0) return { itemId: link.itemId };
  try {
    const answer = await w.site.updateItem(target.listId, link.itemId, patch, link.etag || undefined);
    const etag = String(answer["@odata.etag"] ?? "");
    await w.links.saw(target.group, target.key, { itemId: link.itemId, etag, fields: { ...link.fields, ...target.fields } }, link);
    return { itemId: link.itemId };
  } catch (error) {
    if (isNotFound(error)) return { itemId: await create(w, target) };
    if (!isPreconditionFailed(error)) throw error;
  }
  const theirs = (await w.site.getItem(target.listId, link.itemId)).fields ?? {};
  const fields = Object.keys(patch)
    .filter((f) => !isAnnotation(f) && !same(theirs[f], patch[f]))
    .map((field) => ({ field, list: asText(theirs[field]), app: asText(patch[field]) }));
  return { itemId: link.itemId, refused: { list: target.listName, itemId: link.itemId, fields } };
}

/** Deletes an item the app no longer has, unless the list changed it since (then it stays, refused). */
export async function removeItem(w: ItemWriter, group: string, key: string, listId: string, listName: string, link: CourseItemLink): Promise<RefusedItem | undefined> {
  try {
    await w.site.deleteItem(listId, link.itemId, link.etag || undefined);
  } catch (error) {
    if (isPreconditionFailed(error)) return { list: listName, itemId: link.itemId, fields: [{ field: "Title", list: "ändrad i listan, finns kvar", app: "borttagen i appen" }] };
    if (!isNotFound(error)) throw error;
  }
  await w.links.remove(group, key);
  return undefined;
}

async function create(w: ItemWriter, target: ItemTarget): Promise<string> {
  const created = await w.site.createItem(target.listId, withoutNulls(target.fields));
  await w.links.saw(target.group, target.key, { itemId: created.id, etag: created.eTag ?? "", fields: target.fields });
  return created.id;
}

async function findByKey(site: SiteLists, target: ItemTarget): Promise<GraphListItem | undefined> {
  const value = target.keyValue.replace(/'/g, "''");
  const path = `${await site.sitePath()}/lists/${target.listId}/items?$filter=fields/${target.keyColumn} eq '${value}'&$select=id,eTag&$top=2`;
  return (await site.all<GraphListItem>(path))[0];
}
