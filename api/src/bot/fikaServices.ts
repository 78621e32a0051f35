// One FikaStore per Services (like botServicesOf), so the routes, the bot's port and the timers share it.
import type { Services } from "../services.js";
import { FikaStore } from "./fikaStore.js";

const stores = new WeakMap<Services, FikaStore>();

export function fikaStoreOf(services: Services): FikaStore {
  let store = stores.get(services);
  if (!store) stores.set(services, (store = new FikaStore(services.tables)));
  return store;
}
