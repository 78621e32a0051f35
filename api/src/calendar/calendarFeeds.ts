// One CalendarFeedStore per Services (like fikaStoreOf), and the address a secret is served at.
import type { Services } from "../services.js";
import { CalendarFeedStore } from "../store/calendarFeedStore.js";

const stores = new WeakMap<Services, CalendarFeedStore>();

export function calendarFeedStoreOf(services: Services): CalendarFeedStore {
  let store = stores.get(services);
  if (!store) stores.set(services, (store = new CalendarFeedStore(services.tables)));
  return store;
}

export const calendarFeedUrl = (services: Services, secret: string): string => `${services.config.bot.publicApiUrl}/api/calendar/feeds/${secret}/calendar.ics`;
