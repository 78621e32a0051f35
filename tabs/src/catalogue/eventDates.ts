// When a tech-network event happens, as people read it, in Swedish time whatever the device's zone:
// "tis 9 juni 2026, 14:00–16:00", and for one that runs over midnight (a conference of two days)
// "tis 6 okt. 2026 09:00 – ons 7 okt. 2026 16:00".
import { formatDateTime, type Locale } from "../i18n";
import { formatSessionDay, formatSessionTime } from "./courseDates";

const TIME: Intl.DateTimeFormatOptions = { hour: "2-digit", minute: "2-digit" };

export function formatEventWhen(start: string, end: string, locale: Locale): string {
  const [firstDay, lastDay] = [formatSessionDay(start, locale), formatSessionDay(end, locale)];
  if (firstDay === lastDay) return `${firstDay}, ${formatSessionTime(start, end, locale)}`;
  return `${firstDay} ${formatDateTime(start, locale, TIME)} – ${lastDay} ${formatDateTime(end, locale, TIME)}`;
}
