// GET /api/calendar/events/{id}/calendar.ics?expires=…&signature=…: a tech-network event's calendar
// file, for "Lägg till i kalender" in the tab and in the bot's cards; a browser opens it without a
// token. The link is the credential (calendar/signedLink.ts, purpose "event-calendar", so a
// course's link does not open an event): expired → 410, anything else not ours → 403. A removed or
// cancelled event is 404: there is nothing to add.
import { calendarLinkSignerOf } from "../calendar/calendarLinks.js";
import { linkRefusal, refusalResponse } from "../calendar/linkRefusal.js";
import { EVENT_CALENDAR_PRODUCT, networkEventCalendarEvents } from "../calendar/networkEventCalendar.js";
import { toIcs } from "../export/ics.js";
import { problems } from "../http/problem.js";
import type { Handler } from "../http/route.js";
import { NetworkEventStore } from "../store/networkEventStore.js";

const EVENT_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;

export const signedNetworkEventCalendar: Handler<"anonymous"> = async ({ request, services, lang, correlationId }) => {
  const id = request.params.id ?? "";
  const check = calendarLinkSignerOf(services).check(id, request.query.get("expires"), request.query.get("signature"), services.now(), "event-calendar");
  if (check !== "valid") return refusalResponse(linkRefusal(check, "event"), request, lang, correlationId);
  const event = EVENT_ID.test(id) ? await new NetworkEventStore(services.tables).get(id) : undefined;
  if (!event || !event.active) {
    throw problems.notFound({ sv: "Evenemanget finns inte längre eller är inställt.", en: "The event no longer exists or is cancelled." });
  }
  return {
    status: 200,
    headers: { "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": `attachment; filename="${event.id}.ics"` },
    body: toIcs(networkEventCalendarEvents(event, lang, services.now()), EVENT_CALENDAR_PRODUCT, services.now()),
  };
};
