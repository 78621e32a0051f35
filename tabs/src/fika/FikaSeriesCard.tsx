// One fika series as a coordinator sees it: its title, whether it is running or paused, the rule
// in words, the Teams meeting, and the next three dates with how many said yes and no; a change
// the SharePoint events list refused, with both versions (as a course shows it). Drawn like
// the catalogue's course cards (shared/card.module.css).
import { useId } from "react";
import type { FikaSeriesView, UpcomingFika } from "@campus-westum/api/contract";
import { Button } from "@fluentui/react-components";
import { Edit20Regular } from "@fluentui/react-icons";
import { useLocale } from "../i18n";
import { formatSessionDay, formatSessionTime } from "../catalogue/courseDates";
import { SharePointConflictNotice } from "../catalogue/SharePointConflictNotice";
import { Pill } from "../shared/Pill";
import { TextLink } from "../shared/TextLink";
import card from "../shared/card.module.css";
import dateList from "../shared/dateList.module.css";
import facts from "../shared/facts.module.css";
import { patternOfRule } from "./recurrencePattern";
import { describeRecurrence } from "./recurrenceWords";
import styles from "./FikaSeriesCard.module.css";

export function FikaSeriesCard({ series, onEdit }: { series: FikaSeriesView; onEdit: (series: FikaSeriesView) => void }) {
  const { t } = useLocale();
  const titleId = useId();
  const datesId = useId();

  return (
    <article className={card.card} aria-labelledby={titleId}>
      <div className={card.header}>
        <h3 id={titleId} className={card.title}>
          {series.title}
        </h3>
        <Pill tone={series.active ? "brand" : "neutral"}>{series.active ? t("fika.active") : t("fika.paused")}</Pill>
      </div>
      {series.sharepointConflict && <SharePointConflictNotice conflict={series.sharepointConflict} of="series" />}
      <dl className={facts.facts}>
        <dt>{t("fika.when")}</dt>
        <dd>{describeRecurrence(patternOfRule(series.rrule), series.time, t)}</dd>
        <dt>{t("fika.length")}</dt>
        <dd>{t("fika.minutes", { minutes: series.durationMinutes })}</dd>
        <dt>{t("fika.meeting")}</dt>
        <dd>
          <TextLink href={series.joinUrl} target="_blank" rel="noreferrer">
            {t("fika.joinLink", { title: series.title })}
          </TextLink>
        </dd>
      </dl>
      {series.active ? (
        <div>
          <h4 id={datesId} className={dateList.heading}>
            {t("fika.upcoming")}
          </h4>
          {series.upcoming.length === 0 ? (
            <p className={styles.note}>{t("fika.noUpcoming")}</p>
          ) : (
            <ul className={dateList.list} aria-labelledby={datesId}>
              {series.upcoming.map((fika) => (
                <UpcomingRow key={fika.start} fika={fika} durationMinutes={series.durationMinutes} />
              ))}
            </ul>
          )}
        </div>
      ) : (
        <p className={styles.note}>{t("fika.pausedText")}</p>
      )}
      <Button className={styles.edit} icon={<Edit20Regular />} aria-label={t("fika.editSeries", { title: series.title })} onClick={() => onEdit(series)}>
        {t("fika.edit")}
      </Button>
    </article>
  );
}

function UpcomingRow({ fika, durationMinutes }: { fika: UpcomingFika; durationMinutes: number }) {
  const { locale, t } = useLocale();
  const end = new Date(Date.parse(fika.start) + durationMinutes * 60_000).toISOString();
  return (
    <li className={dateList.row}>
      <span>
        {formatSessionDay(fika.start, locale)}, {formatSessionTime(fika.start, end, locale)}
      </span>
      <span className={card.muted}>{t("fika.rsvps", { yes: fika.rsvps.yes, no: fika.rsvps.no })}</span>
    </li>
  );
}
