// A series' recurrence as a sentence: "Första tisdagen varje månad kl. 14:00" / "First Tuesday of
// every month at 14:00". A rule the picker cannot express is quoted as it is.
import type { Translate } from "../i18n";
import type { RecurrencePattern } from "./recurrencePattern";

export function describeRecurrence(pattern: RecurrencePattern, time: string, t: Translate): string {
  switch (pattern.kind) {
    case "monthly":
      return t("fika.rule.monthly", { week: t("fika.week", { week: pattern.week }), weekday: t("fika.weekdayOfMonth", { day: pattern.weekday }), time });
    case "weekly":
      return t("fika.rule.weekly", { weekday: t("fika.weekdayInText", { day: pattern.weekday }), time });
    case "everyOtherWeek":
      return t("fika.rule.everyOtherWeek", { weekday: t("fika.weekdayInText", { day: pattern.weekday }), time });
    case "custom":
      return t("fika.rule.custom", { rule: pattern.rrule, time });
  }
}
