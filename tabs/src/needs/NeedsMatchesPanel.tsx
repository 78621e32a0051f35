// Needs meet offers, for coordinators under a round's results (GET .../matches): for each area
// members asked for, the catalogue's courses in it and the members that teach it, with two
// actions: turn the need into a draft course (POST .../draft-course; provider among those that
// teach the area, project among the active ones), or ask the members that teach it by a card in
// Teams (POST .../ask-providers, after a confirmation naming how many people it reaches). An area
// is asked once per round: once asked (now or before a reload), it says when and by whom instead.
// The buttons' names start with their visible text (axe label-content-name-mismatch, WCAG 2.5.3).
import { useId, useState } from "react";
import { COURSE_STATUSES, type NeedsMatch, type NeedsRound, type Project, type ProvidersAsked } from "@campus-westum/api/contract";
import { Button, Field, Link, Select, Spinner } from "@fluentui/react-components";
import { useCatalogueApi } from "../api/useCatalogueApi";
import { useNeedsMatchesApi } from "../api/needsMatchesClient";
import { useLoad } from "../catalogue/useLoad";
import { areaLabel, formatDateTime, formatNumber, useLocale } from "../i18n";
import { EmptyState } from "../shared/EmptyState";
import { ErrorState } from "../shared/ErrorState";
import { LoadingState } from "../shared/LoadingState";
import styles from "./NeedsMatchesPanel.module.css";

export function NeedsMatchesPanel({ round }: { round: NeedsRound }) {
  const { t } = useLocale();
  const api = useNeedsMatchesApi();
  const catalogue = useCatalogueApi();
  const [load, retry] = useLoad((signal) => Promise.all([api.matches(round.id, signal), catalogue.projects(signal)]), [api, catalogue, round.id]);
  const headingId = useId();
  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <h4 id={headingId} className={styles.heading}>
        {t("needs.matches.heading")}
      </h4>
      {load.status === "loading" && <LoadingState label={t("needs.matches.loading")} />}
      {load.status === "error" && <ErrorState title={t("needs.matches.failed")} error={load.error} onRetry={retry} />}
      {load.status === "ready" &&
        (load.value[0].matches.length === 0 ? (
          <EmptyState title={t("needs.matches.emptyTitle")} text={t("needs.matches.emptyText")} />
        ) : (
          <ul className={styles.areas}>
            {load.value[0].matches.map((match) => (
              <AreaMatch key={match.area} roundId={round.id} match={match} projects={load.value[1].filter((p) => p.active)} />
            ))}
          </ul>
        ))}
    </section>
  );
}

function AreaMatch({ roundId, match, projects }: { roundId: string; match: NeedsMatch; projects: Project[] }) {
  const { locale, t } = useLocale();
  const api = useNeedsMatchesApi();
  const area = areaLabel(match.area, locale);
  const headingId = useId();
  const [provider, setProvider] = useState(match.providers[0]?.memberId ?? "");
  const [project, setProject] = useState(projects[0]?.name ?? "");
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState("");
  const [drafted, setDrafted] = useState<{ id: string; title: string } | null>(null);
  const [asked, setAsked] = useState<ProvidersAsked | undefined>(match.providersAsked);
  const people = match.people;

  const act = (work: () => Promise<string>) => {
    setBusy(true);
    setError(null);
    setStatus("");
    setConfirming(false);
    work().then(setStatus, setError).finally(() => setBusy(false));
  };
  const draft = () =>
    act(async () => {
      const course = await api.draftCourse(roundId, match.area, { providerMemberId: provider || undefined, project: project || undefined });
      setDrafted({ id: course.id, title: course.title });
      return t("needs.matches.drafted", { title: course.title });
    });
  const ask = () =>
    act(async () => {
      const sent = await api.askProviders(roundId, match.area);
      if (sent.at && sent.by) setAsked({ at: sent.at, by: sent.by, members: sent.members, people: sent.people });
      return t(sent.alreadyAsked ? "needs.matches.alreadyAsked" : "needs.matches.asked", { people: sent.people, members: sent.members });
    });

  return (
    <li className={styles.area} aria-labelledby={headingId}>
      <h5 id={headingId} className={styles.areaHeading}>
        {area}: {t("needs.matches.asked.count", { members: formatNumber(match.asked.members, locale), participants: formatNumber(match.asked.participants, locale) })}
      </h5>
      <h6 className={styles.listHeading}>{t("needs.matches.courses")}</h6>
      {match.courses.length === 0 ? (
        <p className={styles.note}>{t("needs.matches.noCourses")}</p>
      ) : (
        <ul className={styles.list}>
          {match.courses.map((c) => (
            <li key={c.id}>
              {c.title} ({COURSE_STATUSES.find((s) => s.id === c.status)?.[locale] ?? c.status}, {c.provider}
              {c.firstStart ? `, ${formatDateTime(c.firstStart, locale, { dateStyle: "medium" })}` : ""})
            </li>
          ))}
        </ul>
      )}
      <h6 className={styles.listHeading}>{t("needs.matches.providers")}</h6>
      {match.providers.length === 0 ? (
        <p className={styles.note}>{t("needs.matches.noProviders")}</p>
      ) : (
        <ul className={styles.list}>
          {match.providers.map((p) => (
            <li key={p.memberId}>
              {p.memberName} <span className={styles.note}>({t("needs.matches.contacts", { count: p.contacts })})</span>
            </li>
          ))}
        </ul>
      )}
      <div className={styles.actions}>
        {match.providers.length > 0 && (
          <Field label={t("needs.matches.provider")}>
            <Select value={provider} onChange={(_, data) => setProvider(data.value)}>
              {match.providers.map((p) => (
                <option key={p.memberId} value={p.memberId}>
                  {p.memberName}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <Field label={t("needs.matches.project")} validationMessage={projects.length === 0 ? t("needs.matches.noProject") : undefined}>
          <Select value={project} onChange={(_, data) => setProject(data.value)}>
            {projects.map((p) => (
              <option key={p.id} value={p.name}>
                {p.name}
              </option>
            ))}
          </Select>
        </Field>
        <Button disabledFocusable={busy} onClick={draft} aria-label={t("needs.matches.draftOf", { area })}>
          {t("needs.matches.draft")}
        </Button>
        {people > 0 && !confirming && !asked && (
          <Button disabledFocusable={busy} onClick={() => setConfirming(true)} aria-label={t("needs.matches.askOf", { area })}>
            {t("needs.matches.ask")}
          </Button>
        )}
        {busy && <Spinner size="tiny" label={t("needs.matches.working")} />}
      </div>
      {confirming && (
        <div className={styles.confirm} role="group" aria-label={t("needs.matches.askOf", { area })}>
          <p className={styles.note}>{t("needs.matches.askConfirm", { people, members: match.providers.filter((p) => p.contacts > 0).length, area })}</p>
          <Button appearance="primary" onClick={ask}>
            {t("needs.matches.askSend")}
          </Button>
          <Button onClick={() => setConfirming(false)}>{t("needs.cancel")}</Button>
        </div>
      )}
      {asked && (
        <p className={styles.note}>
          {t("needs.matches.askedBefore", { at: formatDateTime(asked.at, locale, { dateStyle: "medium", timeStyle: "short" }), by: asked.by, people: asked.people, members: asked.members })}
        </p>
      )}
      <p role="status" className={styles.status}>
        {status}
      </p>
      {drafted && (
        <Link href={`?course=${encodeURIComponent(drafted.id)}`}>{t("needs.matches.openDraft", { title: drafted.title })}</Link>
      )}
      {error !== null && <ErrorState title={t("needs.matches.actionFailed")} error={error} />}
    </li>
  );
}
