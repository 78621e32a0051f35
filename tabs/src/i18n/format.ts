// Numbers and dates through Intl, dates always in Swedish time whatever the device's time zone.
import { intlLocale, type Locale } from "./locale";

export const TIME_ZONE = "Europe/Stockholm";

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(value);
}

export function formatDateTime(
  value: Date | string,
  locale: Locale,
  options: Intl.DateTimeFormatOptions = { dateStyle: "medium", timeStyle: "short" },
): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { ...options, timeZone: TIME_ZONE }).format(new Date(value));
}
