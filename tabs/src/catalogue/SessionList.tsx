// A course's sessions: day, time (Stockholm), place or join link, and the hours that count.
import type { CourseSession } from "@campus-westum/api/contract";
import { useLocale } from "../i18n";
import { TextLink } from "../shared/TextLink";
import { formatHours, formatSessionDay, formatSessionTime } from "./courseDates";
import styles from "./SessionList.module.css";

export function SessionList({ sessions }: { sessions: CourseSession[] }) {
  const { locale, t } = useLocale();
  if (sessions.length === 0) return <p className={styles.none}>{t("course.noSessions")}</p>;
  return (
    <ol className={styles.list}>
      {sessions.map((session) => (
        <li key={session.id} className={styles.session}>
          <span className={styles.when}>
            {formatSessionDay(session.start, locale)}, {formatSessionTime(session.start, session.end, locale)}
          </span>
          <span className={styles.where}>
            {session.place && <span>{session.place}</span>}
            {session.onlineUrl && (
              <TextLink href={session.onlineUrl} target="_blank" rel="noopener noreferrer">
                {t("session.join")}
              </TextLink>
            )}
          </span>
          <span className={styles.hours}>{t("session.hours", { hours: formatHours(session.hours, locale) })}</span>
        </li>
      ))}
    </ol>
  );
}
