// XLSX and CSV buttons for a file the API serves behind the token: the page fetches it (apiDownload)
// and hands it to the browser (saveFile). The button being fetched shows a spinner; a failure is
// shown under them with a retry. Used by the coordinators' course, participation report and needs results.
import { useState } from "react";
import { Button, Spinner } from "@fluentui/react-components";
import { ArrowDownload20Regular } from "@fluentui/react-icons";
import type { DownloadedFile } from "../api/apiFetch";
import type { ExportFormat } from "../api/catalogueClient";
import { useT } from "../i18n";
import { ErrorState } from "./ErrorState";
import { saveFile } from "./saveFile";
import styles from "./ExportButtons.module.css";

export function ExportButtons({ fetchFile }: { fetchFile: (format: ExportFormat) => Promise<DownloadedFile> }) {
  const t = useT();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [failed, setFailed] = useState<{ format: ExportFormat; error: unknown } | null>(null);
  const download = (format: ExportFormat) => {
    setBusy(format);
    setFailed(null);
    fetchFile(format)
      .then(saveFile, (error: unknown) => setFailed({ format, error }))
      .finally(() => setBusy(null));
  };
  const icon = (format: ExportFormat) => (busy === format ? <Spinner size="tiny" aria-hidden /> : <ArrowDownload20Regular />);
  return (
    <div className={styles.exports}>
      <Button icon={icon("xlsx")} disabledFocusable={busy !== null} onClick={() => download("xlsx")}>
        {t("export.xlsx")}
      </Button>
      <Button icon={icon("csv")} disabledFocusable={busy !== null} onClick={() => download("csv")}>
        {t("export.csv")}
      </Button>
      {failed && <ErrorState title={t("export.failed")} error={failed.error} onRetry={() => download(failed.format)} />}
    </div>
  );
}
