// The bot's FikaPort until the fika series store exists (issue 5, item 4, not built yet):
// no fika is planned, so "next fika" says so and no RSVP can arrive. Pairing opt-ins are kept
// nowhere yet: the command fails visibly rather than pretend.
import type { FikaPort } from "@campus-westum/bot";

export const noFikaPlannedYet: FikaPort = {
  next: async () => undefined,
  occurrence: async () => undefined,
  rsvp: async () => ({ yes: 0, no: 0 }),
  counts: async () => ({ yes: 0, no: 0 }),
  answerOf: async () => undefined,
  setPairing: async () => {
    throw new Error("fika pairing is not available yet");
  },
};
