// The tech network's events (GET /api/events, see api/src/contract/networkEvents.ts), in a client of
// its own so that only the lazily loaded events view carries it. Failures arrive as ProblemError.
import type { NetworkEventList } from "@campus-westum/api/contract";
import { apiFetch } from "./apiFetch";

export interface NetworkEventsClient {
  listNetworkEvents(signal?: AbortSignal): Promise<NetworkEventList>;
}

export function createNetworkEventsClient(getToken: () => Promise<string>, locale: string): NetworkEventsClient {
  return { listNetworkEvents: (signal) => apiFetch("/api/events", { locale, getToken, signal }) };
}
