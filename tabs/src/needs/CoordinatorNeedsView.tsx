// The coordinators' side of the needs inventory: every round (GET /api/needs/rounds) with its status
// and how many members have answered, a form to set one up or change it, Skicka with a confirm that
// names who gets the card, and a round's results below the list. The form and the results are chunks
// of their own: most visits only look at the list.
import { lazy, Suspense, useRef, useState } from "react";
import type { NeedsRound } from "@campus-westum/api/contract";
import { Button } from "@fluentui/react-components";
import { Add20Regular } from "@fluentui/react-icons";
import { useNeedsApi } from "../api/useNeedsApi";
import { useLoad } from "../catalogue/useLoad";
import { useLocale } from "../i18n";
import { EmptyState } from "../shared/EmptyState";
import { ErrorState } from "../shared/ErrorState";
import { LoadingState } from "../shared/LoadingState";
import view from "../shared/viewSection.module.css";
import { RoundCard } from "./RoundCard";
import styles from "./NeedsView.module.css";

const NeedsRoundForm = lazy(() => import("./NeedsRoundForm"));
const NeedsResultsView = lazy(() => import("./NeedsResultsView"));

/** Drafts and open rounds first, then by deadline, the latest first. */
function ordered(rounds: NeedsRound[]): NeedsRound[] {
  const rank = (r: NeedsRound) => (r.status === "closed" ? 1 : 0);
  return [...rounds].sort((a, b) => rank(a) - rank(b) || b.deadline.localeCompare(a.deadline));
}

export function CoordinatorNeedsView() {
  const { t } = useLocale();
  const api = useNeedsApi();
  const [load, retry, replace] = useLoad((signal) => api.listRounds(signal).then((list) => ordered(list.rounds)), [api]);
  /** The form: a new round (null) or the one being changed; kept mounted while the drawer closes itself. */
  const [form, setForm] = useState<{ round: NeedsRound | null; key: number; open: boolean } | null>(null);
  const [results, setResults] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const opener = useRef<HTMLElement | null>(null);

  const openForm = (round: NeedsRound | null) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setStatus("");
    setForm((f) => ({ round, key: (f?.key ?? 0) + 1, open: true }));
  };
  const closeForm = () => {
    setForm((f) => f && { ...f, open: false });
    setTimeout(() => opener.current?.focus());
    // Once it has slid out the drawer goes, with the focus guards it leaves in the page (axe: aria-hidden-focus).
    setTimeout(() => setForm((f) => (f && !f.open ? null : f)), 1000);
  };
  /** A saved or sent round takes its place in the list. */
  const changed = (round: NeedsRound, message: string) => {
    const others = load.status === "ready" ? load.value.filter((r) => r.id !== round.id) : [];
    replace(ordered([...others, round]));
    setStatus(message);
  };
  const onSaved = (round: NeedsRound) => {
    closeForm();
    changed(round, t("needs.roundSaved", { title: round.title }));
  };
  const shown = load.status === "ready" ? load.value.find((r) => r.id === results) : undefined;

  return (
    <>
      <div className={view.toolbar}>
        <Button icon={<Add20Regular />} onClick={() => openForm(null)}>
          {t("needs.newRound")}
        </Button>
        <p role="status" className={view.saved}>
          {status}
        </p>
      </div>
      {load.status === "loading" ? (
        <LoadingState label={t("needs.loading")} />
      ) : load.status === "error" ? (
        <ErrorState title={t("needs.failed")} error={load.error} onRetry={retry} />
      ) : load.value.length === 0 ? (
        <EmptyState title={t("needs.coordinator.emptyTitle")} text={t("needs.coordinator.emptyText")} />
      ) : (
        <ul className={styles.rounds} aria-label={t("needs.coordinator.rounds")}>
          {load.value.map((round) => (
            <li key={round.id}>
              <RoundCard
                round={round}
                showingResults={round.id === results}
                onEdit={openForm}
                onSent={(sent) => changed(sent, t("needs.sent", { title: sent.title, members: sent.members }))}
                onResults={() => setResults(round.id)}
              />
            </li>
          ))}
        </ul>
      )}
      {shown && (
        <Suspense fallback={<LoadingState label={t("needs.results.loading")} />}>
          <NeedsResultsView key={shown.id} round={shown} />
        </Suspense>
      )}
      {form && (
        <Suspense fallback={null}>
          <NeedsRoundForm key={form.key} open={form.open} round={form.round} onClose={closeForm} onSaved={onSaved} />
        </Suspense>
      )}
    </>
  );
}
