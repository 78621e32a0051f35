// The needs inventory's contract ids and days in the UI language: a term and year ("Vårterminen
// 2027"), an audience, a Stockholm day ("31 januari 2027"), and one need in a line.
import { NEEDS_AUDIENCES, TERMS, type Need, type NeedsRound } from "@campus-westum/api/contract";
import { areaLabel, formatDateTime, formatNumber, type Locale, type Translate } from "../i18n";
import { courseFormatLabel } from "../catalogue/courseLabels";

type Labelled = readonly { id: string; sv: string; en: string }[];
const labelIn = (list: Labelled, id: string, locale: Locale) => list.find((entry) => entry.id === id)?.[locale] ?? id;

export const audienceLabel = (id: string, locale: Locale) => labelIn(NEEDS_AUDIENCES, id, locale);
export const termLabel = (id: string, locale: Locale) => labelIn(TERMS, id, locale);

export function periodLabel(period: NeedsRound["period"], locale: Locale): string {
  return `${termLabel(period.term, locale)} ${period.year}`;
}

/** A Stockholm day (YYYY-MM-DD) in words; noon UTC is the same day in Stockholm all year. */
export function dayLabel(day: string, locale: Locale): string {
  return formatDateTime(`${day}T12:00:00Z`, locale, { dateStyle: "long" });
}

/** "IT, personal: 12 (Digitalt, var du vill)" and the note after a dash. */
export function needLine(need: Need, locale: Locale): string {
  const line = `${areaLabel(need.area, locale)}, ${audienceLabel(need.audience, locale).toLowerCase()}: ${formatNumber(need.participants, locale)} (${courseFormatLabel(need.format, locale)})`;
  return need.note ? `${line} – ${need.note}` : line;
}

/** A round in a list of choices: "Behovsinventering våren 2027 (öppen till 31 januari 2027)". */
export function roundChoiceLabel(round: NeedsRound, locale: Locale, t: Translate): string {
  const deadline = dayLabel(round.deadline, locale);
  const state =
    round.status === "open" ? t("needs.round.openUntil", { day: deadline })
    : round.status === "closed" ? t("needs.round.closedOn", { day: deadline })
    : t("needs.status.draft");
  return `${round.title} (${state})`;
}
