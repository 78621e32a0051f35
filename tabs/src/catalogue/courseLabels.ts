// Display names of the catalogue's contract ids (course formats, statuses) in the UI language.
// Kept out of i18n/labels.ts, which ships in the first download of every tab.
import { COURSE_FORMATS, COURSE_STATUSES } from "@campus-westum/api/contract";
import type { Locale } from "../i18n";

type Labelled = readonly { id: string; sv: string; en: string }[];

const labelIn = (list: Labelled, id: string, locale: Locale) => list.find((entry) => entry.id === id)?.[locale] ?? id;

export const courseFormatLabel = (id: string, locale: Locale) => labelIn(COURSE_FORMATS, id, locale);
export const courseStatusLabel = (id: string, locale: Locale) => labelIn(COURSE_STATUSES, id, locale);
