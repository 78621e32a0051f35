// The tech network's events as the bot sees them (a meeting of the tech network, the yearly
// Westumkonferensen, another event of the network), and who hears of them: the subscribers of
// "tech-network"; the conference is open to all staff, so the subscribers of "trainings" too.
import type { Topic } from "./conversations.js";

export type NetworkEventKind = "tech-network" | "conference" | "other";

export interface NetworkEventView {
  id: string;
  title: string;
  kind: NetworkEventKind;
  /** ISO instants of the occurrence this notice is about. */
  start: string;
  end: string;
  /** Where to join online; the card shows it only when it is https. */
  joinUrl?: string;
  description?: string;
  /** Starts of the occurrences after this one, for a recurring event (a few at most). */
  later?: string[];
}

export function topicsOfNetworkEvent(event: Pick<NetworkEventView, "kind">): Topic[] {
  return event.kind === "conference" ? ["tech-network", "trainings"] : ["tech-network"];
}

/** The link as a card may offer it: an https URL, or nothing (a card must not open other schemes). */
export function httpsLink(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).protocol === "https:" ? url : undefined;
  } catch {
    return undefined;
  }
}
