// The caller's personal calendar feed (contract/calendarFeed.ts): whether she has one, a new
// address (which ends the previous one), and ending it. The address holds a secret that is shown
// only in the answer that makes it. The feed's language is the one she made it in.
import type { CalendarFeedAddress, CalendarFeedStatus } from "../contract/index.js";
import { calendarFeedStoreOf, calendarFeedUrl } from "../calendar/calendarFeeds.js";
import { problems } from "../http/problem.js";
import { json, type Handler } from "../http/route.js";
import { ContentionError } from "../store/optimisticRetry.js";

/** Many changes to one person's feed at once, beyond the retries: try again shortly (503). */
function contended(error: unknown): never {
  throw error instanceof ContentionError ? problems.unavailable() : error;
}

export const getMyCalendarFeed: Handler<"user"> = async ({ services, caller }) => {
  const current = await calendarFeedStoreOf(services).current(caller.id);
  const status: CalendarFeedStatus = current ? { active: true, createdAt: current.createdAt } : { active: false };
  return json(status);
};

export const renewMyCalendarFeed: Handler<"user"> = async ({ services, caller, lang }) => {
  const { secret, createdAt } = await calendarFeedStoreOf(services).renew(caller.id, lang, services.now()).catch(contended);
  const address: CalendarFeedAddress = { url: calendarFeedUrl(services, secret), createdAt };
  return json(address, 201);
};

export const revokeMyCalendarFeed: Handler<"user"> = async ({ services, caller }) => {
  await calendarFeedStoreOf(services).revoke(caller.id).catch(contended);
  const status: CalendarFeedStatus = { active: false };
  return json(status);
};
