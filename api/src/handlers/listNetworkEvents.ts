// GET /api/events?from=…: the tech network's events for every signed-in user, soonest first
// (contract/networkEvents.ts). `from` is an instant or a date (Stockholm midnight), default now;
// an event is listed while an occurrence ends after it. Each active one gets its signed calendar link.
import * as z from "zod";
import { parseStockholmTime } from "@campus-westum/bot/stockholmClock";
import { signedNetworkEventCalendarUrl } from "../calendar/calendarLinks.js";
import type { ListedNetworkEvent, NetworkEventList } from "../contract/index.js";
import { upcomingOf } from "../domain/networkEventTimes.js";
import { dateTime } from "../domain/timeSchemas.js";
import { parseQuery } from "../http/query.js";
import { json, type Handler } from "../http/route.js";
import { NetworkEventStore } from "../store/networkEventStore.js";

const eventsQuery = z.object({ from: dateTime.optional() });

export const listNetworkEvents: Handler<"user"> = async ({ request, services, lang }) => {
  const query = parseQuery(request.query, eventsQuery, [], lang);
  const parsed = query.from === undefined ? undefined : parseStockholmTime(query.from);
  const fromMs = parsed?.ok ? parsed.epochMs : services.now();
  const events: ListedNetworkEvent[] = [];
  for (const event of await new NetworkEventStore(services.tables).list()) {
    const upcoming = upcomingOf(event, fromMs);
    if (!upcoming) continue;
    events.push({ ...event, ...upcoming, ...(event.active ? { calendarUrl: signedNetworkEventCalendarUrl(services, event.id) } : {}) });
  }
  events.sort((a, b) => Date.parse(a.next.start) - Date.parse(b.next.start) || a.title.localeCompare(b.title, "sv"));
  const list: NetworkEventList = { from: new Date(fromMs).toISOString(), events };
  return json(list);
};
