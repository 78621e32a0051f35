// "Evenemang", a view of the catalogue tab for everyone: the tech network's events from GET
// /api/events (its meetings, workshops, the Westumkonferensen), soonest first. The API lists only
// events with an occurrence still to end, cancelled ones marked (active false): they keep their
// place and say so, since someone may have planned for them. Loaded lazily with its own messages
// (the "events" catalogue) and the fika's, whose sentences name a recurring event's rule.
import { useId } from "react";
import { useNetworkEventsApi } from "../api/useNetworkEventsApi";
import { useLoad } from "../catalogue/useLoad";
import { useLocale } from "../i18n";
import { EmptyState } from "../shared/EmptyState";
import { ErrorState } from "../shared/ErrorState";
import { LoadingState } from "../shared/LoadingState";
import card from "../shared/card.module.css";
import view from "../shared/viewSection.module.css";
import { EventCard } from "./EventCard";

export default function EventsView() {
  const { t } = useLocale();
  const api = useNetworkEventsApi();
  const [load, retry] = useLoad((signal) => api.listNetworkEvents(signal), [api]);
  const headingId = useId();

  return (
    <section className={view.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={view.heading}>
        {t("events.heading")}
      </h2>
      <p className={view.lead}>{t("events.lead")}</p>
      {load.status === "loading" ? (
        <LoadingState label={t("events.loading")} />
      ) : load.status === "error" ? (
        <ErrorState title={t("events.failed")} error={load.error} onRetry={retry} />
      ) : load.value.events.length === 0 ? (
        <EmptyState title={t("events.emptyTitle")} text={t("events.emptyText")} />
      ) : (
        <ul className={card.grid}>
          {load.value.events.map((event) => (
            <li key={event.id}>
              <EventCard event={event} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
