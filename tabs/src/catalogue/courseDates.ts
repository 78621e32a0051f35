// Course and session times as people read them, in Swedish time (Europe/Stockholm) whatever the
// device's zone: "tis 12 maj 2026, 09:00–12:00", and a course's span "12 maj – 19 maj 2026".
import { formatDateTime, type Locale } from "../i18n";

const DAY: Intl.DateTimeFormatOptions = { weekday: "short", day: "numeric", month: "short", year: "numeric" };
const TIME: Intl.DateTimeFormatOptions = { hour: "2-digit", minute: "2-digit" };
const SHORT_DAY: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", year: "numeric" };

export function formatSessionDay(start: string, locale: Locale): string {
  return formatDateTime(start, locale, DAY);
}

export function formatSessionTime(start: string, end: string, locale: Locale): string {
  return `${formatDateTime(start, locale, TIME)}–${formatDateTime(end, locale, TIME)}`;
}

/** "12 maj 2026" for a one-day course, "12 maj 2026 – 19 maj 2026" for several days. */
export function formatCourseSpan(firstStart: string, lastEnd: string, locale: Locale): string {
  const first = formatDateTime(firstStart, locale, SHORT_DAY);
  const last = formatDateTime(lastEnd, locale, SHORT_DAY);
  return first === last ? first : `${first} – ${last}`;
}

export function formatDeadline(deadline: string, locale: Locale): string {
  return formatDateTime(deadline, locale, { dateStyle: "medium", timeStyle: "short" });
}

/** Hours with the locale's decimal sign and quarter precision: "2,5" / "2.5". */
export function formatHours(hours: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === "sv" ? "sv-SE" : "en-US", { maximumFractionDigits: 2 }).format(hours);
}

/** Today as a Stockholm day (YYYY-MM-DD), for date-range defaults. */
export function stockholmToday(now = new Date()): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** A report month (YYYY-MM) as a name: "maj 2026" / "May 2026". */
export function monthName(month: string, locale: Locale): string {
  const [year, m] = month.split("-").map(Number);
  return new Intl.DateTimeFormat(locale === "sv" ? "sv-SE" : "en-US", { month: "long", year: "numeric", timeZone: "UTC" }).format(Date.UTC(year!, m! - 1, 15));
}
