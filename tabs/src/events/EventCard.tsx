// One tech-network event as everyone sees it: title, kind, when (Stockholm time), the rule in words
// for a recurring one with its later dates, the description, and the links: join the meeting and
// add it to the calendar (the API's signed link, which opens without signing in, decision 0015).
// A cancelled event keeps its place and says so, without links. Drawn like the fika series' cards.
import { useId } from "react";
import type { ListedNetworkEvent } from "@campus-westum/api/contract";
import { CalendarAdd16Regular } from "@fluentui/react-icons";
import { useLocale } from "../i18n";
import { formatEventWhen } from "../catalogue/eventDates";
import { Pill } from "../shared/Pill";
import { TextLink } from "../shared/TextLink";
import card from "../shared/card.module.css";
import dateList from "../shared/dateList.module.css";
import facts from "../shared/facts.module.css";
import { describeEventRecurrence, eventKindMessage } from "./eventWords";
import { MeetingLink } from "./MeetingLink";
import styles from "./EventCard.module.css";

const endOf = (start: string, minutes: number) => new Date(Date.parse(start) + minutes * 60_000).toISOString();

export function EventCard({ event }: { event: ListedNetworkEvent }) {
  const { locale, t } = useLocale();
  const titleId = useId();
  const laterId = useId();
  const recurrence = describeEventRecurrence(event, t);

  return (
    <article className={card.card} aria-labelledby={titleId}>
      <div className={card.header}>
        <h3 id={titleId} className={card.title}>
          {event.title}
        </h3>
        <Pill tone={event.active ? "brand" : "neutral"}>{t(eventKindMessage(event.kind))}</Pill>
        {!event.active && <Pill>{t("events.cancelled")}</Pill>}
      </div>
      <dl className={facts.facts}>
        <dt>{t(recurrence ? "events.nextTime" : "events.when")}</dt>
        <dd>{formatEventWhen(event.next.start, event.next.end, locale)}</dd>
        {recurrence && (
          <>
            <dt>{t("events.repeats")}</dt>
            <dd>{recurrence}</dd>
          </>
        )}
      </dl>
      {event.active && event.later.length > 0 && (
        <div>
          <h4 id={laterId} className={dateList.heading}>
            {t("events.later")}
          </h4>
          <ul className={dateList.list} aria-labelledby={laterId}>
            {event.later.map((start) => (
              <li key={start} className={dateList.row}>
                {formatEventWhen(start, endOf(start, event.durationMinutes), locale)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {event.description && <p className={styles.description}>{event.description}</p>}
      {event.active ? (
        <div className={styles.links}>
          {event.joinUrl && <MeetingLink className={styles.link} url={event.joinUrl} title={event.title} />}
          {event.calendarUrl && (
            <TextLink
              className={styles.link}
              href={event.calendarUrl}
              target="_blank"
              rel="noopener noreferrer"
              aria-label={t("events.linkFor", { link: t("events.calendar"), title: event.title })}
            >
              <CalendarAdd16Regular aria-hidden />
              {t("events.calendar")}
            </TextLink>
          )}
        </div>
      ) : (
        <p className={styles.note}>{t("events.cancelledText")}</p>
      )}
    </article>
  );
}
