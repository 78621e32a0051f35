// Coordinators' "Utskick" view in the catalogue: the announcements the bot made in the last 30 days
// (course news, session reminders, fika), newest first; each opens its delivery report below it.
// Loaded lazily with its own messages, only when a coordinator opens the view.
import { useId, useState } from "react";
import type { AnnouncementSummaryView } from "@campus-westum/api/contract";
import { Button } from "@fluentui/react-components";
import { ArrowClockwise20Regular, ChevronDown20Regular, ChevronUp20Regular } from "@fluentui/react-icons";
import { useAnnouncementsApi } from "../api/useAnnouncementsApi";
import { useLoad } from "../catalogue/useLoad";
import { formatDateTime, useLocale } from "../i18n";
import { EmptyState } from "../shared/EmptyState";
import { ErrorState } from "../shared/ErrorState";
import { LoadingState } from "../shared/LoadingState";
import { Pill } from "../shared/Pill";
import card from "../shared/card.module.css";
import view from "../shared/viewSection.module.css";
import { DeliveryReportPanel } from "./DeliveryReportPanel";
import { kindMessage } from "./labels";
import styles from "./AnnouncementsView.module.css";

export default function AnnouncementsView() {
  const { t } = useLocale();
  const api = useAnnouncementsApi();
  const [load, reload] = useLoad((signal) => api.listAnnouncements(signal).then((list) => list.announcements), [api]);
  const headingId = useId();

  return (
    <section className={view.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={view.heading}>
        {t("announcements.heading")}
      </h2>
      <p className={view.lead}>{t("announcements.lead")}</p>
      <div className={view.toolbar}>
        <Button icon={<ArrowClockwise20Regular />} onClick={reload}>
          {t("announcements.refresh")}
        </Button>
      </div>
      {load.status === "loading" ? (
        <LoadingState label={t("announcements.loading")} />
      ) : load.status === "error" ? (
        <ErrorState title={t("announcements.failed")} error={load.error} onRetry={reload} />
      ) : load.value.length === 0 ? (
        <EmptyState title={t("announcements.emptyTitle")} text={t("announcements.emptyText")} />
      ) : (
        <ul className={styles.list}>
          {load.value.map((announcement) => (
            <li key={announcement.id}>
              <AnnouncementItem announcement={announcement} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function AnnouncementItem({ announcement }: { announcement: AnnouncementSummaryView }) {
  const { locale, t } = useLocale();
  const [open, setOpen] = useState(false);
  const titleId = useId();
  const panelId = useId();

  return (
    <article className={card.card} aria-labelledby={titleId}>
      <div className={card.header}>
        <h3 id={titleId} className={card.title}>
          {announcement.title}
        </h3>
        <Pill>{t(kindMessage(announcement.kind))}</Pill>
      </div>
      <p className={styles.meta}>
        <span>{t("announcements.sentAt", { date: formatDateTime(announcement.createdAt, locale, { dateStyle: "medium", timeStyle: "short" }) })}</span>
        <span>{t("announcements.recipients", { count: announcement.recipients })}</span>
      </p>
      <Button
        className={styles.toggle}
        icon={open ? <ChevronUp20Regular /> : <ChevronDown20Regular />}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? t("announcements.hideReport") : t("announcements.showReport")}
      </Button>
      <div id={panelId} role="region" aria-label={t("announcements.reportFor", { title: announcement.title })} hidden={!open}>
        {open && <DeliveryReportPanel announcementId={announcement.id} />}
      </div>
    </article>
  );
}
