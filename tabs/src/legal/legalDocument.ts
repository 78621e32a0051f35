// A legal page's text: a title, a lead and sections of paragraphs and lists, in each language.
// Kept as data beside the page (not in the message catalogues): it is read as a whole, changes
// as a whole, and is fetched only with its page.
import type { Locale } from "../i18n/locale";

export interface LegalSection {
  heading: string;
  paragraphs?: string[];
  list?: string[];
  /** A paragraph after the list. */
  after?: string;
}

export interface LegalText {
  title: string;
  lead: string;
  /** When the text last changed, as a sentence ("Senast ändrad i december 2026"). */
  updated: string;
  sections: LegalSection[];
}

export type LegalDocument = Record<Locale, LegalText>;
