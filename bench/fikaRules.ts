// The fika rules the recurrence bench posts, and the series body it posts them in.
import type { Recurrence } from "@campus-westum/bot";

/** A first date in the year 2000, another for each `n`: the API keeps a COUNT rule's end per rule and first date, so each post is a new walk. */
export const firstDateOf = (n: number) => new Date(Date.UTC(2000, 0, 1 + (n % 360))).toISOString().slice(0, 10);

/** Accepted rules that make the expansion walk far: COUNT from a first date long ago, rare matches, every weekday. */
export const CANDIDATES: Recurrence[] = [
  { rrule: "FREQ=WEEKLY;BYDAY=MO;BYMONTH=2;COUNT=500", firstDate: "2000-01-03", time: "14:00" },
  { rrule: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;BYMONTH=2;COUNT=500", firstDate: "2000-01-01", time: "14:00" },
  { rrule: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU", firstDate: "2000-01-01", time: "14:00" },
  { rrule: "FREQ=MONTHLY;BYDAY=+5MO;BYMONTH=2;COUNT=500", firstDate: "2016-01-01", time: "14:00" },
  { rrule: "FREQ=MONTHLY;BYMONTHDAY=1,2,3,4,5,6,7,8,9,10,11,12;BYSETPOS=-1,-2,-3,-4,-5,-6,-7,-8,-9,-10,-11,-12;COUNT=500", firstDate: "2000-01-01", time: "14:00" },
  { rrule: "FREQ=WEEKLY;INTERVAL=12;BYDAY=SU;BYMONTH=12;COUNT=500", firstDate: "2000-01-02", time: "14:00" },
];

/** The picker's own rule, for comparison: the same requests with a rule that costs next to nothing. */
export const CHEAPEST: Recurrence = { rrule: "FREQ=MONTHLY;BYDAY=+1TU", firstDate: "2026-01-01", time: "14:00" };

/** The n-th body a coordinator posts with a rule; a rule from the year 2000 gets a new first date each time. */
export const seriesBody = (rule: Recurrence, n: number) => ({
  title: "Fika",
  ...rule,
  firstDate: rule.firstDate.startsWith("2000-") ? firstDateOf(n) : rule.firstDate,
  durationMinutes: 30,
  joinUrl: "https://teams.microsoft.com/l/meetup-join/bench",
});
