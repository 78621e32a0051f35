// What every channel-tab configuration page shares, whatever view it saves: handing Teams the
// saved configuration read back when a tab is reconfigured, handing Teams the latest one on Save,
// the tab-name field, the live preview and (outside Teams) the URL.
import { useEffect, useRef, useState, type ReactNode } from "react";
import { Button, Field, Input, Spinner } from "@fluentui/react-components";
import { useT } from "../i18n";
import { ErrorState } from "../shared/ErrorState";
import { TextLink } from "../shared/TextLink";
import { useTeams } from "../teams";
import type { TabInstanceConfig } from "../teams/tabConfig";
import styles from "./DirectoryConfigPage.module.css";

/**
 * Reconfiguring an existing tab: hands what it saved to `restore` once, then says "ready"; a new
 * tab, or a plain browser, is ready at once with nothing to restore.
 */
export function useSavedTabConfig(restore: (saved: TabInstanceConfig) => void): "loading" | "ready" {
  const { tabConfig } = useTeams();
  const [status, setStatus] = useState<"loading" | "ready">(tabConfig ? "loading" : "ready");
  const latestRestore = useRef(restore);
  latestRestore.current = restore;
  useEffect(() => {
    if (!tabConfig) return;
    tabConfig
      .load()
      .then((saved) => saved && latestRestore.current(saved))
      .catch((error: unknown) => console.warn("Could not read the tab's saved configuration", error))
      .finally(() => setStatus("ready"));
  }, [tabConfig]);
  return status;
}

/** Teams asks for the configuration when the user presses Save: give it the latest. */
export function useTeamsTabSave(instance: TabInstanceConfig, valid: boolean): void {
  const { tabConfig } = useTeams();
  const latestInstance = useRef(instance);
  latestInstance.current = instance;
  useEffect(() => tabConfig?.onSave(() => latestInstance.current), [tabConfig]);
  useEffect(() => tabConfig?.setValid(valid), [tabConfig, valid]);
}

export function TabNameSection(props: { displayName: string; customName: string | null; onCustomName: (name: string | null) => void }) {
  const t = useT();
  const { displayName, customName, onCustomName } = props;
  return (
    <section className={styles.section} aria-labelledby="config-name-heading">
      <h2 id="config-name-heading" className={styles.heading}>
        {t("config.nameHeading")}
      </h2>
      <div className={styles.nameRow}>
        <Field className={styles.nameField} label={t("config.name")} hint={t("config.nameHint")} required
          validationMessage={displayName.trim() ? undefined : t("config.nameRequired")}>
          <Input value={displayName} maxLength={100} onChange={(_, data) => onCustomName(data.value)} />
        </Field>
        {customName !== null && <Button onClick={() => onCustomName(null)}>{t("config.useSuggestion")}</Button>}
      </div>
    </section>
  );
}

export function PreviewSection(props: {
  preview: { error?: unknown; loading: boolean; retry: () => void };
  failedTitle: string;
  /** The sentence that says how much the view shows, or the loading text. */
  text: ReactNode;
}) {
  const t = useT();
  const { preview, failedTitle, text } = props;
  return (
    <section className={styles.section} aria-labelledby="config-preview-heading">
      <h2 id="config-preview-heading" className={styles.heading}>
        {t("config.previewHeading")}
      </h2>
      {preview.error ? (
        <ErrorState title={failedTitle} error={preview.error} onRetry={preview.retry} />
      ) : (
        <div className={styles.preview}>
          <p className={styles.previewText} role="status">
            {text}
          </p>
          {preview.loading && <Spinner size="extra-tiny" label={t("results.updating")} />}
        </div>
      )}
    </section>
  );
}

/** Outside Teams nothing is saved: show the address the channel tab would open. */
export function TabUrlSection({ contentUrl }: { contentUrl: string }) {
  const t = useT();
  const { tabConfig } = useTeams();
  if (tabConfig) return null;
  return (
    <section className={styles.section} aria-labelledby="config-url-heading">
      <h2 id="config-url-heading" className={styles.heading}>
        {t("config.urlHeading")}
      </h2>
      <p className={styles.lead}>{t("config.urlOutsideTeams")}</p>
      <p className={styles.url} data-testid="tab-content-url">
        {contentUrl}
      </p>
      <TextLink href={contentUrl}>{t("config.openView")}</TextLink>
    </section>
  );
}
