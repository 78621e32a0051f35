// The tech network's sample events for local mode (`npm start` has no SharePoint list to read):
// the monthly meeting of the tech network, a workshop, and the Westumkonferensen, dated from the
// day the store is first seeded so they are upcoming. Read through the same schema as a list row.
// Seeded without change records: they are the sample's starting state, not news to announce.
import { addDays, stockholmDate, stockholmInstant } from "@campus-westum/bot/stockholmClock";
import type { NetworkEvent } from "../contract/index.js";
import { readNetworkEvent, type NetworkEventRow } from "../domain/networkEventSchema.js";
import type { Services } from "../services.js";
import { NetworkEventStore } from "../store/networkEventStore.js";

const MEETING_URL = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_tekniknatverket%40thread.v2/0";

export function sampleNetworkEvents(nowMs: number): NetworkEvent[] {
  const today = stockholmDate(nowMs);
  const at = (days: number, hour: number) => new Date(stockholmInstant(addDays(today, days), hour)).toISOString();
  const rows: NetworkEventRow[] = [
    {
      id: "tekniknatverket-manadstraff",
      title: "Tekniknätverkets månadsträff",
      type: "Tekniknätverket",
      start: at(0, 14),
      durationMinutes: 90,
      recurrence: "FREQ=MONTHLY;BYDAY=+2TU",
      joinUrl: MEETING_URL,
      description: "Vi går igenom nyheter i lärcentrumens tekniska miljöer och delar erfarenheter. Alla i tekniknätverket är välkomna.",
      active: true,
    },
    {
      id: "workshop-hybridsalar",
      title: "Workshop: ljud och bild i hybridsalar",
      type: "Tekniknätverket",
      start: at(17, 9),
      durationMinutes: 180,
      joinUrl: "https://teams.microsoft.com/l/meetup-join/19%3ameeting_hybridsalar%40thread.v2/0",
      description: "Praktiska tips om mikrofoner, kameror och Teams Rooms för sändande och mottagande lärcentra.",
      active: true,
    },
    {
      id: "westumkonferensen",
      title: "Westumkonferensen",
      type: "Westumkonferensen",
      start: at(45, 9),
      durationMinutes: 420,
      joinUrl: "https://teams.microsoft.com/l/meetup-join/19%3ameeting_westumkonferensen%40thread.v2/0",
      description: "Den årliga konferensen för all personal i nätverket: föreläsningar, workshoppar och erfarenhetsutbyte.",
      active: true,
    },
  ];
  return rows.flatMap((row) => {
    const read = readNetworkEvent(row);
    return read.ok ? [{ ...read.event, updatedAt: new Date(nowMs).toISOString() }] : [];
  });
}

/** Seeds the sample events into an empty store; a store with events (or tombstones) is left alone. */
export async function seedNetworkEventsIfEmpty(services: Services): Promise<number> {
  const store = new NetworkEventStore(services.tables);
  if ((await store.stored()).size > 0) return 0;
  let saved = 0;
  for (const event of sampleNetworkEvents(services.now())) if (await store.save(event, undefined)) saved++;
  return saved;
}
