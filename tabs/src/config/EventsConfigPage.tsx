// The configuration page of an events channel tab: the catalogue's "Evenemang" view, which has
// nothing to filter, so only the tab's name (and, outside Teams, its URL). The tech network pins it
// in its channel. Built like the other kinds' pages; their save handler is the shared one.
import { useState, type ReactNode } from "react";
import { useT } from "../i18n";
import { LoadingState } from "../shared/LoadingState";
import { PageTitle } from "../shared/PageTitle";
import { useDocumentTitle } from "../shell/useDocumentTitle";
import { eventsTabInstance, newCatalogueEntityId, tabKindOf } from "./catalogueTabInstance";
import { TabNameSection, TabUrlSection, useSavedTabConfig, useTeamsTabSave } from "./TabConfigSections";
import styles from "./DirectoryConfigPage.module.css";

export default function EventsConfigPage({ kindChoice }: { kindChoice?: ReactNode }) {
  const t = useT();
  useDocumentTitle(t("eventsConfig.title"));
  const [customName, setCustomName] = useState<string | null>(null);
  const [entityId, setEntityId] = useState(newCatalogueEntityId);

  // Reconfiguring an existing events tab: keep its name and entity.
  const status = useSavedTabConfig((saved) => {
    if (tabKindOf(saved.contentUrl) !== "events") return;
    if (saved.suggestedDisplayName && saved.suggestedDisplayName !== t("config.kindEvents")) setCustomName(saved.suggestedDisplayName);
    if (saved.entityId) setEntityId(saved.entityId);
  });

  const displayName = customName ?? t("config.kindEvents");
  const instance = eventsTabInstance(displayName, entityId);
  useTeamsTabSave(instance, status === "ready" && displayName.trim().length > 0);

  if (status === "loading") return <LoadingState label={t("config.loading")} />;
  return (
    <div className={styles.page}>
      <div className={styles.section}>
        <PageTitle>{t("eventsConfig.title")}</PageTitle>
        <p className={styles.lead}>{t("eventsConfig.lead")}</p>
      </div>
      {kindChoice}
      <TabNameSection displayName={displayName} customName={customName} onCustomName={setCustomName} />
      <TabUrlSection contentUrl={instance.contentUrl} />
    </div>
  );
}
