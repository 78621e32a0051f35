// GET /api/calendar/feeds/{secret}/calendar.ics: a person's calendar feed, fetched by her calendar
// without a token; the secret in the address is the credential (store/calendarFeedStore.ts). An
// address that was ended, renewed or never made answers 404, the same for each, so the answer
// tells nothing about which.
import { calendarFeedStoreOf } from "../calendar/calendarFeeds.js";
import { personalFeedEvents } from "../calendar/personalFeed.js";
import { toIcs } from "../export/ics.js";
import { ProblemError } from "../http/problem.js";
import type { Handler } from "../http/route.js";

/** How often a subscribed calendar is asked to fetch the feed again. */
const REFRESH_MINUTES = 60;

const feedNotFound = () =>
  new ProblemError(404, "feed-not-found", { sv: "Kalenderadressen finns inte", en: "No such calendar address" }, {
    sv: 'Den här kalenderadressen gäller inte (längre). Skapa en ny under "Mina anmälningar" i fliken Kurser och prenumerera på den i stället.',
    en: 'This calendar address is not (or no longer) valid. Make a new one under "My registrations" in the Courses tab and subscribe to it instead.',
  });

export const calendarFeed: Handler<"anonymous"> = async ({ request, services }) => {
  const owner = await calendarFeedStoreOf(services).owner(request.params.secret ?? "");
  if (!owner) throw feedNotFound();
  const events = await personalFeedEvents(services, owner.personId, owner.lang);
  const name = owner.lang === "sv" ? "Campus Westum: mina kurser, fikor och evenemang" : "Campus Westum: my courses, fikas and events";
  return {
    status: 200,
    headers: { "Content-Type": "text/calendar; charset=utf-8" },
    body: toIcs(events, "-//Campus Westum//Kalender//SV", services.now(), { name, refreshMinutes: REFRESH_MINUTES }),
  };
};
