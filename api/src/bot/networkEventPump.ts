// The tech network's event pump: turns the change records the SharePoint sync writes with each
// stored event (contract/networkEvents.ts: published, changed, cancelled; a transactional outbox)
// into announcements for the subscribers of "tech-network" (chats and channels); the
// Westumkonferensen, open to all staff, also reaches the subscribers of "trainings"
// (topicsOfNetworkEvent). Each card is in the chat's language, with the occurrence's date and
// Stockholm time, the join link and the event's signed calendar link.
//
// A timer job with a cursor, like the course-event pump (eventCursor.ts, decision 0009): a
// record already fanned out is skipped, and the fan-out is idempotent per recipient (the
// delivery ledger, decision 0006), so a run repeated after a crash sends nobody anything twice.
import { networkEventAnnouncement, topicsOfNetworkEvent, type NetworkEventNotice } from "@campus-westum/bot";
import type { NetworkEventChange } from "../contract/networkEvents.js";
import type { Services } from "../services.js";
import { botServicesOf } from "./botServices.js";
import { readSinceCursor } from "./eventCursor.js";
import { networkEventsOf, viewOf } from "./networkEventSource.js";

export interface NetworkPumpResult {
  cursor: string;
  announced: { id: string; kind: string; recipients: number }[];
}

export async function pumpNetworkEvents(services: Services, cursor: string): Promise<NetworkPumpResult> {
  const bot = botServicesOf(services);
  const source = networkEventsOf(services);
  const announced: NetworkPumpResult["announced"] = [];
  const next = await readSinceCursor(cursor, (after, limit) => source.changesSince(after, limit), async (change) => {
    if (await bot.announcements.isFannedOut(`network-${change.id}`)) return;
    const result = await announceChange(services, change);
    if (result) announced.push(result);
  });
  return { cursor: next, announced };
}

async function announceChange(services: Services, change: NetworkEventChange): Promise<NetworkPumpResult["announced"][number] | undefined> {
  const bot = botServicesOf(services);
  const source = networkEventsOf(services);
  // The occurrence the change is about, and the ones after it.
  const event = viewOf(change.event, change.next, change.later);
  let notice: NetworkEventNotice;
  if (change.type === "network-event-cancelled") {
    notice = { kind: change.type, changeId: change.id, event };
  } else {
    // A publish or change the pump sees after the event was cancelled is not news: its cancellation is.
    if ((await source.get(change.event.id))?.active !== true) return undefined;
    const before = change.before && { start: change.before.next.start, end: change.before.next.end, joinUrl: change.before.joinUrl };
    notice = change.type === "network-event-changed" ? { kind: change.type, changeId: change.id, event, before } : { kind: change.type, changeId: change.id, event };
  }
  const calendarUrl = notice.kind === "network-event-cancelled" ? undefined : source.calendarUrl(change.event.id);
  const announcement = networkEventAnnouncement(notice, calendarUrl);
  const chats = await bot.conversations.subscribersOf(topicsOfNetworkEvent(event));
  const { recipients } = await bot.fanOut.announce(announcement, chats);
  services.log.info("network event announced", { changeId: change.id, type: change.type, recipients });
  return { id: announcement.id, kind: notice.kind, recipients };
}
