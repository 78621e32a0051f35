// Which language the UI speaks. Swedish by default; English when Teams says so, or in a plain
// browser when chosen (?lang=en, or the remembered header switch).
import { readSetting } from "../shared/settingsStorage";

export const LOCALES = ["sv", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "sv";
export const LOCALE_SETTING = "locale";

export function isLocale(value: string | null | undefined): value is Locale {
  return value === "sv" || value === "en";
}

/** Teams gives e.g. "en-us", "en-gb", "sv-se": any English variant gets English, all else Swedish. */
export function localeFromTeams(teamsLocale: string): Locale {
  return teamsLocale.toLowerCase().startsWith("en") ? "en" : "sv";
}

export function initialPlainBrowserLocale(): Locale {
  const fromUrl = new URLSearchParams(window.location.search).get("lang");
  if (isLocale(fromUrl)) return fromUrl;
  const remembered = readSetting(LOCALE_SETTING);
  return isLocale(remembered) ? remembered : DEFAULT_LOCALE;
}

/** The BCP 47 tag for Intl: Swedish as in Sweden, English as DOMAIN.md's second language (en-US). */
export function intlLocale(locale: Locale): string {
  return locale === "sv" ? "sv-SE" : "en-US";
}
