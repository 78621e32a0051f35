// "My registrations" (GET /api/me/registrations): the user's courses, soonest first, with the
// registration's state (a seat, and when it came from the waitlist; a waitlist position;
// cancelled) and a cancel button.
import { useId, useState } from "react";
import type { MyRegistration } from "@campus-westum/api/contract";
import { Button, Spinner } from "@fluentui/react-components";
import { useCatalogueApi } from "../api/useCatalogueApi";
import { formatDateTime, formatNumber, useLocale } from "../i18n";
import { courseFormatLabel } from "./courseLabels";
import { EmptyState } from "../shared/EmptyState";
import { ErrorState } from "../shared/ErrorState";
import { LoadingState } from "../shared/LoadingState";
import { LinkButton } from "../shared/TextLink";
import { formatCourseSpan } from "./courseDates";
import { useLoad } from "./useLoad";
import styles from "./MyRegistrations.module.css";

interface Props {
  /** Bumped when a registration changed elsewhere (the course drawer): fetch again. */
  version: number;
  onOpen: (courseId: string, title: string) => void;
}

export function MyRegistrations({ version, onOpen }: Props) {
  const { t } = useLocale();
  const api = useCatalogueApi();
  const [load, retry, replace] = useLoad((signal) => api.myRegistrations(signal), [api, version]);
  const [showCancelled, setShowCancelled] = useState(false);
  const headingId = useId();

  if (load.status === "loading") return <LoadingState label={t("mine.loading")} />;
  if (load.status === "error") return <ErrorState title={t("mine.failed")} error={load.error} onRetry={retry} />;

  const active = load.value.filter((m) => m.registration.status !== "cancelled");
  const cancelled = load.value.filter((m) => m.registration.status === "cancelled");
  const shown = showCancelled ? load.value : active;
  const cancelledOne = (updated: MyRegistration) =>
    replace(load.value.map((m) => (m.registration.id === updated.registration.id ? updated : m)));

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t("mine.heading")}
      </h2>
      <p role="status" className={styles.count}>
        {t("mine.count", { count: active.length })}
      </p>
      {shown.length === 0 ? (
        <EmptyState title={t("mine.emptyTitle")} text={t("mine.emptyText")} />
      ) : (
        <ul className={styles.list}>
          {shown.map((item) => (
            <li key={item.registration.id}>
              <MyRegistrationRow item={item} onOpen={onOpen} onCancelled={cancelledOne} />
            </li>
          ))}
        </ul>
      )}
      {cancelled.length > 0 && (
        <Button appearance="subtle" className={styles.toggle} onClick={() => setShowCancelled(!showCancelled)}>
          {showCancelled ? t("mine.hideCancelled") : t("mine.showCancelled", { count: cancelled.length })}
        </Button>
      )}
    </section>
  );
}

function MyRegistrationRow({ item, onOpen, onCancelled }: { item: MyRegistration; onOpen: Props["onOpen"]; onCancelled: (m: MyRegistration) => void }) {
  const { locale, t } = useLocale();
  const api = useCatalogueApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const titleId = useId();
  const { course, registration } = item;

  const cancel = () => {
    setBusy(true);
    setError(null);
    api
      .cancelRegistration(course.id, registration.id)
      .then((updated) => onCancelled({ course, registration: updated }), setError)
      .finally(() => setBusy(false));
  };

  return (
    <article className={styles.row} aria-labelledby={titleId}>
      <div className={styles.main}>
        <h3 id={titleId} className={styles.title}>
          <LinkButton onClick={() => onOpen(course.id, course.title)}>{course.title}</LinkButton>
        </h3>
        <p className={styles.meta}>
          {course.firstStart && course.lastEnd ? formatCourseSpan(course.firstStart, course.lastEnd, locale) : t("course.noSessions")}
          {" · "}
          {courseFormatLabel(course.format, locale)}
          {" · "}
          {course.providerName}
        </p>
        <p className={styles.state}>
          {registration.status === "registered"
            ? registration.promotedAt
              ? t("mine.promoted", { when: formatDateTime(registration.promotedAt, locale) })
              : t("mine.registered")
            : registration.status === "waitlisted"
              ? t("mine.waitlisted", { position: formatNumber(registration.position ?? 0, locale) })
              : t("mine.cancelled")}
        </p>
      </div>
      {registration.status !== "cancelled" && (
        <Button
          onClick={cancel}
          disabledFocusable={busy}
          icon={busy ? <Spinner size="tiny" aria-hidden /> : undefined}
          aria-label={t("mine.cancelCourse", { course: course.title })}
        >
          {t("registration.cancel")}
        </Button>
      )}
      {error !== null && <ErrorState title={t("mine.cancelFailed")} error={error} />}
    </article>
  );
}
