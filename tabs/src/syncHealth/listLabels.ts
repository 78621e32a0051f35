// A list's or column's name as the API gives it (Swedish as on the site, and English). In
// English the Swedish name follows in brackets: it is the one a coordinator finds in SharePoint.
import type { Locale } from "../i18n";

export type SiteName = { sv: string; en: string };

export function siteName(name: SiteName, locale: Locale): string {
  return locale === "en" && name.en !== name.sv ? `${name.en} (${name.sv})` : name.sv;
}
