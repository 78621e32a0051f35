// A round's facts as a definition list: the term it concerns, its status, the answer deadline (or
// the day it closed), the reminder and, for coordinators, how many members have answered.
import type { NeedsRound } from "@campus-westum/api/contract";
import { formatNumber, useLocale } from "../i18n";
import facts from "../shared/facts.module.css";
import { dayLabel, periodLabel } from "./needsWords";

export function RoundFacts({ round, counts = false }: { round: NeedsRound; counts?: boolean }) {
  const { locale, t } = useLocale();
  const deadline = dayLabel(round.deadline, locale);
  return (
    <dl className={facts.facts}>
      <dt>{t("needs.round.period")}</dt>
      <dd>{periodLabel(round.period, locale)}</dd>
      <dt>{t("needs.round.status")}</dt>
      <dd>{t(`needs.status.${round.status}`)}</dd>
      <dt>{round.status === "closed" ? t("needs.round.closedDeadline") : t("needs.round.deadline")}</dt>
      <dd>{deadline}</dd>
      {counts && (
        <>
          <dt>{t("needs.round.reminder")}</dt>
          <dd>{round.reminderDaysBefore === 0 ? t("needs.round.noReminder") : t("needs.round.reminderDays", { count: round.reminderDaysBefore })}</dd>
          <dt>{t("needs.round.answered")}</dt>
          <dd>{t("needs.round.answeredOf", { answered: formatNumber(round.answered, locale), members: formatNumber(round.members, locale) })}</dd>
        </>
      )}
    </dl>
  );
}
