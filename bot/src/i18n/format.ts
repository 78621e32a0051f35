// Dates and times as Stockholm sees them, in the reader's language.
import type { Lang } from "../conversations.js";

const locales: Record<Lang, string> = { sv: "sv-SE", en: "en-GB" };

export function formatWhen(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(locales[lang], {
    timeZone: "Europe/Stockholm",
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
  }).format(new Date(iso));
}

export function formatTime(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(locales[lang], { timeZone: "Europe/Stockholm", hour: "2-digit", minute: "2-digit" }).format(new Date(iso));
}

/** A start and end: "tis 9 juni 14:00–16:00" on one Stockholm day, else both in full. */
export function formatSpan(startIso: string, endIso: string, lang: Lang): string {
  const day = (iso: string) => new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", dateStyle: "short" }).format(new Date(iso));
  if (!(Date.parse(endIso) > Date.parse(startIso))) return formatWhen(startIso, lang);
  return day(startIso) === day(endIso) ? `${formatWhen(startIso, lang)}–${formatTime(endIso, lang)}` : `${formatWhen(startIso, lang)} – ${formatWhen(endIso, lang)}`;
}
