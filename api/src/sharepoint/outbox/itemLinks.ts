// What the app knows of the list items it writes for a course or a fika series (table spLinks,
// PK the outbox group: course id or "fika~<series id>"; RK "course", "session-<id>",
// "site-<member id>" or "event"), and the write-backs the lists refused (table spConflicts).
//
// A link holds the item's id, the ETag the app last saw (after its own write, or of a list
// version it applied: the If-Match of its next write), the values of the item as the app last
// knew them (so a write sends only what changed), and the recent ETags the app's state already
// includes. A delta item with one of those ETags is the app's own write coming back, or older:
// the sync ignores it (echo suppression, docs/decisions/0017).
import { odata, type TableClient } from "@azure/data-tables";
import type { SharePointConflict } from "../../contract/index.js";
import { isNotFound } from "../../store/optimisticRetry.js";
import { listAll, type Tables } from "../../store/tables.js";

export interface CourseItemLink {
  itemId: string;
  /** The If-Match of the next write. */
  etag: string;
  /** List field -> value, as the app last knew the item. */
  fields: Record<string, unknown>;
  /** ETags of versions the app's state includes, newest last. */
  seen: string[];
}

/** Enough to recognise the app's own writes coming back through a few delta rounds. */
const SEEN_KEPT = 20;
const CONFLICTS = "conflict";

export const courseItemKey = "course";
export const sessionItemKey = (sessionId: string) => `session-${sessionId}`;
export const siteItemKey = (memberId: string) => `site-${memberId}`;
export const eventItemKey = "event";

export class ItemLinks {
  constructor(private readonly tables: Tables) {}

  private links(): Promise<TableClient> {
    return this.tables.table("spLinks");
  }

  private conflictTable(): Promise<TableClient> {
    return this.tables.table("spConflicts");
  }

  /**
   * Every link of a group (its course item, sessions, sites), by key. Registrations' links share
   * the partition under their digit-only ids, which sort before "a": the query skips them.
   */
  async all(group: string): Promise<Map<string, CourseItemLink>> {
    const found = new Map<string, CourseItemLink>();
    const filter = odata`PartitionKey eq ${group} and RowKey ge ${"a"}`;
    for await (const r of (await this.links()).listEntities<{ itemId: string; itemEtag?: string; fields?: string; seen?: string }>({ queryOptions: { filter } })) {
      if (r.fields !== undefined) found.set(r.rowKey!, linkOf(r));
    }
    return found;
  }

  async get(group: string, key: string): Promise<CourseItemLink | undefined> {
    try {
      return linkOf(await (await this.links()).getEntity<{ itemId: string; itemEtag?: string; fields?: string; seen?: string }>(group, key));
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  /** Records a version of the item the app now includes (its own write, or a list version applied). */
  async saw(group: string, key: string, item: { itemId: string; etag: string; fields: Record<string, unknown> }, before?: CourseItemLink): Promise<void> {
    const seen = [...(before?.seen ?? []).filter((e) => e !== item.etag), item.etag].slice(-SEEN_KEPT);
    const entity = { partitionKey: group, rowKey: key, itemId: item.itemId, itemEtag: item.etag, fields: JSON.stringify(item.fields), seen: JSON.stringify(seen) };
    await (await this.links()).upsertEntity(entity, "Replace");
  }

  async remove(group: string, key: string): Promise<void> {
    await (await this.links()).deleteEntity(group, key).catch((error) => {
      if (!isNotFound(error)) throw error;
    });
  }

  /** A refused write, kept with both versions until the app writes the course again. */
  /** `applied`: whether the list's version is in the app already (else the next sync applies it). */
  async saveConflict(group: string, conflict: SharePointConflict, applied = false): Promise<void> {
    await (await this.conflictTable()).upsertEntity({ partitionKey: CONFLICTS, rowKey: group, json: JSON.stringify(conflict), applied }, "Replace");
  }

  async conflict(group: string): Promise<SharePointConflict | undefined> {
    try {
      const row = await (await this.conflictTable()).getEntity<{ json: string; applied?: boolean }>(CONFLICTS, group);
      return { ...(JSON.parse(row.json) as SharePointConflict), applied: row.applied === true };
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  /**
   * Keeps one item's refused write beside the others of the group (registrations: one item each),
   * replacing that item's earlier one. A worker holds the group's lease, so nothing writes it
   * meanwhile. Nothing waits for the sync: the list keeps only values the sync takes in anyway.
   */
  async saveItemConflict(group: string, at: string, item: SharePointConflict["items"][number]): Promise<void> {
    const others = (await this.conflict(group))?.items.filter((i) => i.itemId !== item.itemId) ?? [];
    await this.saveConflict(group, { at, items: [...others, item] }, true);
  }

  /** The item was written: its refused write is no longer shown. */
  async clearItemConflict(group: string, itemId: string): Promise<void> {
    const conflict = await this.conflict(group);
    if (!conflict?.items.some((i) => i.itemId === itemId)) return;
    const items = conflict.items.filter((i) => i.itemId !== itemId);
    if (items.length === 0) await this.clearConflict(group);
    else await this.saveConflict(group, { at: conflict.at, items }, true);
  }

  async clearConflict(group: string): Promise<void> {
    await (await this.conflictTable()).deleteEntity(CONFLICTS, group).catch((error) => {
      if (!isNotFound(error)) throw error;
    });
  }

  /** Groups whose list version the sync has not applied yet since a refused write. */
  async unappliedConflicts(): Promise<string[]> {
    const rows = await listAll<{ applied?: boolean }>(await this.conflictTable(), CONFLICTS);
    return rows.filter((r) => r.applied !== true).map((r) => r.rowKey);
  }

  async conflictApplied(group: string): Promise<void> {
    await (await this.conflictTable()).updateEntity({ partitionKey: CONFLICTS, rowKey: group, applied: true }, "Merge").catch((error) => {
      if (!isNotFound(error)) throw error;
    });
  }
}

function linkOf(r: { itemId: string; itemEtag?: string; fields?: string; seen?: string }): CourseItemLink {
  return { itemId: r.itemId, etag: r.itemEtag ?? "", fields: JSON.parse(r.fields ?? "{}") as Record<string, unknown>, seen: JSON.parse(r.seen ?? "[]") as string[] };
}
