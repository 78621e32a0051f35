// The channel tab's configuration page. Teams allows one configurable tab per app (manifest
// schema: configurableTabs has at most one entry), so this one page sets up a members view, a
// courses view or the events view. When an existing tab is reconfigured, its saved URL says which; /config/catalogue
// starts on courses. Each kind's page registers its own save handler when it mounts.
import { lazy, Suspense, useEffect, useState } from "react";
import { useT } from "../i18n";
import { withFeatureMessages } from "../i18n/messages";
import { LoadingState } from "../shared/LoadingState";
import { useTeams } from "../teams";
import { tabKindOf } from "./catalogueTabInstance";
import DirectoryConfigPage from "./DirectoryConfigPage";
import EventsConfigPage from "./EventsConfigPage";
import { TabKindChoice, type TabKind } from "./TabKindChoice";

const loadCatalogueConfigPage = () => withFeatureMessages("catalogue", import("./CatalogueConfigPage"));
const CatalogueConfigPage = lazy(loadCatalogueConfigPage);

export default function ChannelTabConfigPage() {
  const t = useT();
  const { tabConfig } = useTeams();
  const [kind, setKind] = useState<TabKind | null>(() => (tabConfig ? null : defaultKind()));

  // Fetched ahead, so that choosing "courses" shows its form at once.
  useEffect(() => void loadCatalogueConfigPage().catch(() => undefined), []);

  useEffect(() => {
    if (!tabConfig) return;
    tabConfig
      .load()
      .then((saved) => setKind(saved ? tabKindOf(saved.contentUrl) : defaultKind()))
      .catch(() => setKind(defaultKind()));
  }, [tabConfig]);

  if (kind === null) return <LoadingState label={t("config.loading")} />;
  const choice = <TabKindChoice value={kind} onChange={setKind} />;
  if (kind === "directory") return <DirectoryConfigPage kindChoice={choice} />;
  if (kind === "events") return <EventsConfigPage kindChoice={choice} />;
  return (
    <Suspense fallback={<LoadingState label={t("config.loading")} />}>
      <CatalogueConfigPage kindChoice={choice} />
    </Suspense>
  );
}

function defaultKind(): TabKind {
  return window.location.pathname.replace(/\/+$/, "").endsWith("/config/catalogue") ? "catalogue" : "directory";
}
