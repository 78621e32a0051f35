// Validation messages in both languages. Zod issues carry them in `params`, and the HTTP edge
// picks the caller's language (see http/body.ts), so a schema stays free of request state.
import type { z } from "zod";
import type { HoursProblem } from "./hours.js";

export type Bilingual = { sv: string; en: string };

export function addBilingualIssue(ctx: z.RefinementCtx, path: (string | number)[], text: Bilingual): void {
  ctx.addIssue({ code: "custom", path, message: text.en, params: text });
}

/** Why attended hours cannot be recorded (hours.ts attendedHoursProblem): the API and the lists' sync say the same. */
export const hoursMessages: Record<HoursProblem, Bilingual> = {
  negative: { sv: "timmar kan inte vara negativa", en: "hours cannot be negative" },
  "not-quarter": { sv: "ange timmar i hela kvartar (0,25)", en: "give hours in whole quarters (0.25)" },
  "exceeds-session": { sv: "fler timmar än kurstillfället har", en: "more hours than the session has" },
};

export const timeMessages: Record<"invalid" | "nonexistent" | "ambiguous", Bilingual> = {
  invalid: {
    sv: "ange datum och tid som 2026-11-30T09:00 (svensk tid) eller med tidszon, t.ex. 2026-11-30T09:00+01:00",
    en: "give date and time as 2026-11-30T09:00 (Swedish time) or with an offset, e.g. 2026-11-30T09:00+01:00",
  },
  nonexistent: {
    sv: "den tiden finns inte i Sverige (klockan ställs fram 02:00 till 03:00); välj en annan tid",
    en: "that time does not exist in Sweden (clocks jump from 02:00 to 03:00); choose another time",
  },
  ambiguous: {
    sv: "den tiden inträffar två gånger (klockan ställs tillbaka); ange +02:00 för den första eller +01:00 för den andra",
    en: "that time happens twice (clocks go back); add +02:00 for the first or +01:00 for the second",
  },
};
