// "Kalender" under "Mina anmälningar": the person's calendar feed (contract/calendarFeed.ts), one
// secret address that Outlook subscribes to. The address exists in full only in the answer that
// makes it (the API keeps a hash), so it is shown right after it is made, with a copy button and
// how to subscribe; later the panel says since when she has one and offers a new one or to end it.
import { useId, useState } from "react";
import type { CalendarFeedAddress } from "@campus-westum/api/contract";
import { Button, Field, Input, Spinner } from "@fluentui/react-components";
import { useCatalogueApi } from "../api/useCatalogueApi";
import { formatDateTime, useLocale } from "../i18n";
import { ErrorState } from "../shared/ErrorState";
import { LoadingState } from "../shared/LoadingState";
import { useLoad } from "./useLoad";
import styles from "./CalendarFeedPanel.module.css";

type Change = "renew" | "end";
type Notice = "" | "renewed" | "ended" | "copied" | "copyManually";

export function CalendarFeedPanel() {
  const { locale, t } = useLocale();
  const api = useCatalogueApi();
  const [load, retry, replace] = useLoad((signal) => api.calendarFeed(signal), [api]);
  const [address, setAddress] = useState<CalendarFeedAddress | null>(null);
  const [busy, setBusy] = useState<Change | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<Notice>("");
  const headingId = useId();

  const change = (kind: Change) => {
    setBusy(kind);
    setError(null);
    setNotice("");
    const done =
      kind === "renew"
        ? api.renewCalendarFeed().then((made) => {
            const hadOne = load.status === "ready" && load.value.active;
            setAddress(made);
            replace({ active: true, createdAt: made.createdAt });
            setNotice(hadOne ? "renewed" : "");
          })
        : api.endCalendarFeed().then((status) => {
            setAddress(null);
            replace(status);
            setNotice("ended");
          });
    done.catch(setError).finally(() => setBusy(null));
  };

  const copy = async (url: string) => {
    try {
      await navigator.clipboard.writeText(url);
      setNotice("copied");
    } catch {
      setNotice("copyManually"); // no clipboard in this frame: the field is selected for a manual copy
    }
  };

  const busyIcon = (kind: Change) => (busy === kind ? <Spinner size="tiny" aria-hidden /> : undefined);
  const active = load.status === "ready" && load.value.active;

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t("feed.heading")}
      </h2>
      <p className={styles.text}>{t("feed.intro")}</p>
      {load.status === "loading" && <LoadingState label={t("feed.loading")} />}
      {load.status === "error" && <ErrorState title={t("feed.failed")} error={load.error} onRetry={retry} />}
      {address && (
        <div className={styles.address}>
          <Field label={t("feed.addressLabel")} hint={t("feed.howTo")}>
            <Input readOnly value={address.url} className={styles.url} onFocus={(event) => event.target.select()} />
          </Field>
          <Button appearance="primary" className={styles.copy} onClick={() => void copy(address.url)}>
            {t("feed.copy")}
          </Button>
          <p className={styles.warning}>{t("feed.secret")}</p>
        </div>
      )}
      {active && !address && load.value.createdAt && (
        <p className={styles.text}>{t("feed.activeSince", { date: formatDateTime(load.value.createdAt, locale, { dateStyle: "long" }) })}</p>
      )}
      {load.status === "ready" && (
        <div className={styles.buttons}>
          <Button appearance={active ? "secondary" : "primary"} disabledFocusable={busy !== null} icon={busyIcon("renew")} onClick={() => change("renew")}>
            {active ? t("feed.renew") : t("feed.create")}
          </Button>
          {active && (
            <Button disabledFocusable={busy !== null} icon={busyIcon("end")} onClick={() => change("end")}>
              {t("feed.end")}
            </Button>
          )}
        </div>
      )}
      <p role="status" className={styles.text}>
        {notice === "" ? "" : t(`feed.${notice}`)}
      </p>
      {error !== null && <ErrorState title={t("feed.changeFailed")} error={error} />}
    </section>
  );
}
