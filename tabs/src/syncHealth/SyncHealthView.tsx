// Coordinators' "Synkronisering" view in the catalogue (GET /api/sync/status): per SharePoint list
// when it last synced and how long ago, the rows the sync rejected with their column and what is
// wrong, and the write-back to the lists with its failures ("Försök igen"). "Synka nu" runs a sync.
// Loaded lazily with its own messages, only when a coordinator opens the view.
import { useId, useState } from "react";
import type { SyncStatus } from "@campus-westum/api/contract";
import { Button, Spinner } from "@fluentui/react-components";
import { ArrowSync20Regular } from "@fluentui/react-icons";
import { problemDetailOf } from "../api/ProblemError";
import { useSyncApi } from "../api/useSyncApi";
import { useLoad } from "../catalogue/useLoad";
import { useLocale } from "../i18n";
import { EmptyState } from "../shared/EmptyState";
import { ErrorState } from "../shared/ErrorState";
import { LoadingState } from "../shared/LoadingState";
import view from "../shared/viewSection.module.css";
import { ListHealthTable } from "./ListHealthTable";
import { RejectedRowsTable } from "./RejectedRowsTable";
import { WriteBackPanel } from "./WriteBackPanel";
import styles from "./SyncHealthView.module.css";

export default function SyncHealthView() {
  const { t } = useLocale();
  const api = useSyncApi();
  const [load, retry, replace] = useLoad((signal) => api.syncStatus(signal), [api]);
  const [syncing, setSyncing] = useState(false);
  const [said, setSaid] = useState("");
  const headingId = useId();

  const syncNow = () => {
    setSyncing(true);
    setSaid("");
    api
      .syncNow()
      .then(async (run) => {
        setSaid(t("sync.synced", { count: run.itemsChanged }));
        replace(await api.syncStatus());
      })
      .catch((error: unknown) => setSaid(`${t("sync.syncFailed")}: ${problemDetailOf(error) ?? t("error.network")}`))
      .finally(() => setSyncing(false));
  };

  return (
    <section className={view.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={view.heading}>
        {t("sync.heading")}
      </h2>
      {load.status === "loading" ? (
        <LoadingState label={t("sync.loading")} />
      ) : load.status === "error" ? (
        <ErrorState title={t("sync.failed")} error={load.error} onRetry={retry} />
      ) : load.value.source === "local" ? (
        <EmptyState title={t("sync.localTitle")} text={t("sync.localText")} />
      ) : (
        <>
          <p className={styles.lead}>{t("sync.lead", { minutes: load.value.intervalMinutes ?? 5 })}</p>
          <div className={view.toolbar}>
            <Button icon={syncing ? <Spinner size="tiny" aria-hidden /> : <ArrowSync20Regular />} disabledFocusable={syncing} onClick={syncNow}>
              {syncing ? t("sync.syncing") : t("sync.syncNow")}
            </Button>
            <p role="status" className={view.saved}>
              {said || (load.value.running ? t("sync.running") : "")}
            </p>
          </div>
          <SyncHealth status={load.value} onStatus={replace} />
        </>
      )}
    </section>
  );
}

function SyncHealth({ status, onStatus }: { status: SyncStatus; onStatus: (status: SyncStatus) => void }) {
  return (
    <>
      <ListHealthTable lists={status.lists ?? []} />
      <RejectedRowsTable rows={status.lastRun?.rowsRejected ?? []} />
      {status.outbox && <WriteBackPanel outbox={status.outbox} onStatus={onStatus} />}
    </>
  );
}
