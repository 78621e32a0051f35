// One FikaStore per Services (like botServicesOf), so the routes, the bot's port and the timers share it.
import { OutboxStore } from "../sharepoint/outbox/outboxStore.js";
import type { Services } from "../services.js";
import { FikaStore } from "./fikaStore.js";

const stores = new WeakMap<Services, FikaStore>();

export function fikaStoreOf(services: Services): FikaStore {
  let store = stores.get(services);
  if (!store) {
    // With SharePoint, a saved series is written back to the events list (outbox/outboxItems.ts).
    const writeBack = services.config.sharepoint ? new OutboxStore(services.tables, services.now).fikaHook() : undefined;
    stores.set(services, (store = new FikaStore(services.tables, writeBack)));
  }
  return store;
}
