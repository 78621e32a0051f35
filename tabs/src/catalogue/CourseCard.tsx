// One course in the result list: title (opens the course), when, format, provider, seats left.
import { useId } from "react";
import type { CourseSummary } from "@campus-westum/api/contract";
import { areaLabel, formatNumber, useLocale } from "../i18n";
import { courseFormatLabel, courseStatusLabel } from "./courseLabels";
import { Pill } from "../shared/Pill";
import { LinkButton } from "../shared/TextLink";
import { formatCourseSpan, formatHours, formatSessionTime } from "./courseDates";
import card from "../shared/card.module.css";
import facts from "../shared/facts.module.css";
import styles from "./CourseCard.module.css";

export function CourseCard({ course, onOpen }: { course: CourseSummary; onOpen: (courseId: string, title: string) => void }) {
  const { locale, t } = useLocale();
  const titleId = useId();
  return (
    <article className={card.card} aria-labelledby={titleId}>
      <div className={card.header}>
        <h3 id={titleId} className={card.title}>
          <LinkButton onClick={() => onOpen(course.id, course.title)}>{course.title}</LinkButton>
        </h3>
        {course.status !== "published" && <Pill>{courseStatusLabel(course.status, locale)}</Pill>}
        {course.sample && <Pill>{t("member.sample")}</Pill>}
      </div>
      <dl className={facts.facts}>
        <dt>{t("course.when")}</dt>
        <dd>
          {course.firstStart && course.lastEnd ? (
            <>
              {formatCourseSpan(course.firstStart, course.lastEnd, locale)}
              {course.sessionCount === 1 && `, ${formatSessionTime(course.firstStart, course.lastEnd, locale)}`}
              <span className={card.muted}>
                {" · "}
                {t("course.sessionsAndHours", { sessions: course.sessionCount, hours: formatHours(course.totalHours, locale) })}
              </span>
            </>
          ) : (
            t("course.noSessions")
          )}
        </dd>
        <dt>{t("course.format")}</dt>
        <dd>{courseFormatLabel(course.format, locale)}</dd>
        <dt>{t("course.provider")}</dt>
        <dd>{course.providerName}</dd>
        {course.areas.length > 0 && (
          <>
            <dt>{t("member.areas")}</dt>
            <dd>{course.areas.map((a) => areaLabel(a, locale)).join(", ")}</dd>
          </>
        )}
        <dt>{t("course.seats")}</dt>
        <dd className={course.hasFreeSeats ? undefined : styles.full}>
          {course.seatsLeft === null
            ? t("course.seatsUnlimited")
            : course.seatsLeft > 0
              ? t("course.seatsLeft", { count: course.seatsLeft, n: formatNumber(course.seatsLeft, locale) })
              : t("course.full")}
        </dd>
      </dl>
    </article>
  );
}
