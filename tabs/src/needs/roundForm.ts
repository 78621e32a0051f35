// The round form's state, apart from React: a new round's defaults (the coming term, a deadline four
// weeks ahead, a reminder three days before it, every area), a stored round as the form, and what is
// sent (NeedsRoundInput). Numbers stay the text typed; a blank one is sent as null so the API names it.
import {
  EDUCATION_AREAS,
  type ContactRoleId,
  type EducationAreaId,
  type NeedsRound,
  type NeedsRoundInput,
  type Term,
} from "@campus-westum/api/contract";

export interface RoundFormState {
  title: string;
  term: Term;
  year: string;
  deadline: string;
  reminderDaysBefore: string;
  recipientRoles: ContactRoleId[];
  areas: EducationAreaId[];
  introSv: string;
  introEn: string;
}

export const ALL_AREAS: EducationAreaId[] = EDUCATION_AREAS.map((a) => a.id);
export const DEFAULT_RECIPIENT_ROLES: ContactRoleId[] = ["rektor", "samordnare"];

/** The term a round set up today asks about: the autumn in the spring, next spring in the autumn. */
export function comingTerm(today: string): { term: Term; year: number } {
  const year = Number(today.slice(0, 4));
  return Number(today.slice(5, 7)) <= 6 ? { term: "autumn", year } : { term: "spring", year: year + 1 };
}

/** A Stockholm day `days` after `day` (both YYYY-MM-DD). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function initialRoundForm(round: NeedsRound | null, defaults: { today: string; title: (period: { term: Term; year: number }) => string }): RoundFormState {
  if (round) {
    return {
      title: round.title,
      term: round.period.term,
      year: String(round.period.year),
      deadline: round.deadline,
      reminderDaysBefore: String(round.reminderDaysBefore),
      recipientRoles: [...round.recipientRoles],
      areas: [...round.areas],
      introSv: round.intro.sv,
      introEn: round.intro.en ?? "",
    };
  }
  const period = comingTerm(defaults.today);
  return {
    title: defaults.title(period),
    term: period.term,
    year: String(period.year),
    deadline: addDays(defaults.today, 28),
    reminderDaysBefore: "3",
    recipientRoles: [...DEFAULT_RECIPIENT_ROLES],
    areas: [...ALL_AREAS],
    introSv: "",
    introEn: "",
  };
}

const numberOf = (text: string) => (text.trim() === "" ? null : Number(text.trim()));

export function roundInputOf(state: RoundFormState): NeedsRoundInput {
  const introEn = state.introEn.trim();
  return {
    title: state.title.trim(),
    period: { term: state.term, year: numberOf(state.year) as number },
    deadline: state.deadline,
    reminderDaysBefore: numberOf(state.reminderDaysBefore) as number,
    recipientRoles: state.recipientRoles,
    // In the vocabulary's order, whatever order they were ticked in.
    areas: ALL_AREAS.filter((id) => state.areas.includes(id)),
    intro: { sv: state.introSv.trim(), ...(introEn ? { en: introEn } : {}) },
  };
}

/** Ticks or unticks one value of a set kept as a list. */
export function toggled<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? (list.includes(value) ? [...list] : [...list, value]) : list.filter((v) => v !== value);
}
