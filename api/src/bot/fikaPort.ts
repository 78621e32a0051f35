// The bot's FikaPort over the fika store: occurrences come from each active series' RRULE at
// Stockholm wall time (bot/src/schedule/fikaRecurrence.ts); RSVPs and pairing opt-ins are rows.
// A pairing opt-in records the person's member (from their email, through the directory) so
// that the pairing can match people of different members.
import { isOccurrence, nextOccurrence, toStockholmIso, type FikaOccurrence, type FikaPort } from "@campus-westum/bot";
import type { Services } from "../services.js";
import { fikaStoreOf } from "./fikaServices.js";
import type { FikaSeries } from "./fikaStore.js";

export const occurrenceOf = (series: FikaSeries, startMs: number): FikaOccurrence => ({
  seriesId: series.id,
  title: series.title,
  start: toStockholmIso(startMs),
  durationMinutes: series.durationMinutes,
  joinUrl: series.joinUrl,
});

export function fikaPort(services: Services): FikaPort {
  const store = fikaStoreOf(services);
  const exact = async (seriesId: string, start: string) => {
    const series = await store.getSeries(seriesId);
    const startMs = Date.parse(start);
    return series?.active && isOccurrence(series, startMs) ? { series, startMs } : undefined;
  };
  return {
    async next(afterMs) {
      const upcoming = (await store.listSeries())
        .filter((s) => s.active)
        .flatMap((series) => {
          const start = nextOccurrence(series, afterMs);
          return start === undefined ? [] : [{ series, start }];
        })
        .sort((a, b) => a.start - b.start)[0];
      return upcoming && occurrenceOf(upcoming.series, upcoming.start);
    },
    async occurrence(seriesId, start) {
      const found = await exact(seriesId, start);
      return found && occurrenceOf(found.series, found.startMs);
    },
    async rsvp(seriesId, start, person, answer) {
      return store.rsvp(seriesId, Date.parse(start), person, answer);
    },
    counts: (seriesId, start) => store.counts(seriesId, Date.parse(start)),
    answerOf: (seriesId, start, personId) => store.answerOf(seriesId, Date.parse(start), personId),
    async setPairing(person, optedIn) {
      const email = person.email ?? "";
      // Someone the directory does not know counts as a member of their own: anyone may meet them.
      const memberId = (email && (await services.directory.current()).memberOfEmail(email)) || `unknown-${person.id}`;
      await store.setPairing({ personId: person.id, name: person.name, email, memberId }, optedIn);
    },
  };
}
