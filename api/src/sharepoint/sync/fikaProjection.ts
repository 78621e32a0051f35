// Fika series as a function of the events list: a "Digital fika" row whose EventKey is a series
// id (fika-0a1b2c3d, as the write-back writes it) becomes that series in the fika store, checked
// by the same schema as POST /api/fika/series. Start is the first occurrence (its Stockholm date
// and time), Recurrence the RRULE. Rows the app wrote and that came back unchanged are skipped by
// their ETag, as for courses (listVersions.ts, decision 0017); a series whose write-back is
// pending waits for it. Other event types (Tekniknätverket, ...) stay mirrored only.
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

export async function projectFika(state: SyncState, deps: { fika: FikaStore; outbox: OutboxStore; now: () => number }): Promise<{ saved: number; rejected: SyncRejectedRow[] }> {
  const rejected: SyncRejectedRow[] = [];
  let saved = 0;
  for (const row of await state.mirrorRows("events")) {
    if (row.deleted || !row.data) continue;
    const event = JSON.parse(row.data) as EventItem & { eTag?: string };
    if (event.type !== "Digital fika" || !SERIES_KEY.test(event.id)) continue;
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
