// Fika series as a function of the events list: a "Digital fika" row whose EventKey is a series
// id (fika-0a1b2c3d, as the write-back writes it) becomes that series in the fika store, checked
// by the same schema as POST /api/fika/series. Start is the first occurrence (its Stockholm date
// and time), Recurrence the RRULE. Rows the app wrote and that came back unchanged are skipped by
// their ETag, as for courses (listVersions.ts, decision 0017); a series whose write-back is
// pending waits for it. A deleted row pauses its series. Other event types (Tekniknätverket, ...)
// are the network events' (networkEventProjection.ts).
import { stockholmWall, toStockholmIso } from "@campus-westum/bot/stockholmClock";
import type { SyncRejectedRow } from "../../contract/index.js";
import { fikaSeriesSchema, type FikaSeries, type FikaStore } from "../../bot/fikaStore.js";
import { eventItems, type EventItem } from "../mapping/catalogueItems.js";
import { schemaRejection, withNote } from "../mapping/rejection.js";
import { eventItemKey } from "../outbox/itemLinks.js";
import { fikaGroup } from "../outbox/outboxItems.js";
import type { OutboxStore } from "../outbox/outboxStore.js";
import { hasNews, recordSeen, type ListedItem } from "./listVersions.js";
import type { SyncState } from "./syncState.js";

const SERIES_KEY = /^fika-[0-9a-f]{8}$/;
const pad = (n: number) => String(n).padStart(2, "0");
const FIELDS = ["title", "rrule", "firstDate", "time", "durationMinutes", "joinUrl", "active"] as const;
const sameSeries = (a: FikaSeries, b: FikaSeries) => FIELDS.every((f) => a[f] === b[f]);

type FikaDeps = { fika: FikaStore; outbox: OutboxStore; now: () => number };

export async function projectFika(state: SyncState, deps: FikaDeps): Promise<{ saved: number; rejected: SyncRejectedRow[] }> {
  const rejected: SyncRejectedRow[] = [];
  let saved = 0;
  const rows = (await state.mirrorRows("events")).flatMap((row) => {
    const event = row.data ? (JSON.parse(row.data) as EventItem & { eTag?: string }) : undefined;
    return event?.type === "Digital fika" && SERIES_KEY.test(event.id) ? [{ row, event }] : [];
  });
  const listed = new Set(rows.filter(({ row }) => !row.deleted).map(({ event }) => event.id));
  for (const { row, event } of rows) {
    if (row.deleted) {
      if (!listed.has(event.id) && (await pauseSeriesOfDeletedRow(event.id, deps))) saved++;
      continue;
    }
    const group = fikaGroup(event.id);
    const item: ListedItem = { key: eventItemKey, itemId: row.itemId, eTag: event.eTag, fields: JSON.parse(row.fields ?? "{}") as Record<string, unknown> };
    const links = new Map([...(await deps.outbox.courseLinks.all(group))].filter(([key]) => key === eventItemKey));
    if (!hasNews([item], links) || (await deps.outbox.coursePending(group))) continue;
    const wall = stockholmWall(Date.parse(event.start));
    const input = {
      title: event.title, rrule: event.recurrence, firstDate: wall.date, time: `${pad(wall.hour)}:${pad(wall.minute)}`,
      durationMinutes: event.durationMinutes, joinUrl: event.joinUrl, active: event.active,
    };
    const parsed = fikaSeriesSchema.safeParse(input);
    const stored = await deps.fika.getSeries(event.id);
    if (!parsed.success) {
      // Every issue, with its column (Recurrence, Start, ...) and in Swedish, as for the other events.
      const rejection = schemaRejection("events", eventItems.fields, parsed.error.issues, input);
      const note = stored
        ? { sv: "Fikaserien behåller sin senast giltiga version.", en: "The fika series keeps its last valid version." }
        : { sv: "Fikaserien visas inte i appen förrän raden är rättad.", en: "The fika series is not shown in the app until the row is corrected." };
      rejected.push({ list: "events", itemId: row.itemId, ...withNote(rejection, note), reason: `${rejection.reason} (the fika series keeps its last valid version)` });
      continue;
    }
    const next: FikaSeries = { id: event.id, ...parsed.data, updatedAt: toStockholmIso(deps.now()) };
    if (!stored || !sameSeries(stored, next)) {
      await deps.fika.saveSeries(next, { fromList: true });
      saved++;
    }
    await recordSeen(deps.outbox.courseLinks, group, [item], links);
    await deps.outbox.courseLinks.conflictApplied(group);
  }
  return { saved, rejected };
}

/**
 * A series' row deleted in the list: the series is paused (it is no longer announced), not
 * deleted, so its history and a coordinator's way back stay; unpaused in the tab, it is written
 * to the list again. A series whose write-back is pending waits for it (that write makes the row again).
 */
async function pauseSeriesOfDeletedRow(seriesId: string, deps: FikaDeps): Promise<boolean> {
  const stored = await deps.fika.getSeries(seriesId);
  if (!stored?.active || (await deps.outbox.coursePending(fikaGroup(seriesId)))) return false;
  await deps.fika.saveSeries({ ...stored, active: false, updatedAt: toStockholmIso(deps.now()) }, { fromList: true });
  // The item is gone: the series' next write creates a new one.
  await deps.outbox.courseLinks.remove(fikaGroup(seriesId), eventItemKey);
  return true;
}
