// What a calendar date is, for every schema of the app (the API's course, session, report and
// fika schemas use these too): a real day of the Gregorian calendar ("2026-02-30" is not) in a
// sane range of years. Years outside it are typing mistakes, not plans, and a bounded range keeps
// every expansion of a recurrence bounded.

export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

/** "2026-02-28" is; "2026-02-30", "0000-00-00" and years outside FIRST_YEAR..LAST_YEAR are not. */
export function isCalendarDate(date: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return false;
  return isRealDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Whether year, month (1-12) and day make a day of the calendar within the years. */
export function isRealDay(year: number, month: number, day: number): boolean {
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();
