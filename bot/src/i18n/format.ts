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
