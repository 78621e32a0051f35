// The channel tab's configuration page: pick a saved view of the directory and a tab name, see how
// many members it shows, and let Teams save it. Outside Teams it shows the resulting tab URL.
import { useMemo, useState, type ReactNode } from "react";
import type { MemberFilters } from "@campus-westum/api/contract";
import { useLocale } from "../i18n";
import { describeView, suggestTabName } from "../directory/describeView";
import { withText } from "../directory/filterEdits";
import { useDebouncedValue } from "../directory/useDebouncedValue";
import { useMemberSearch } from "../directory/useMemberSearch";
import { LoadingState } from "../shared/LoadingState";
import { PageTitle } from "../shared/PageTitle";
import { useDocumentTitle } from "../shell/useDocumentTitle";
import { directoryTabInstance, newEntityId, viewFromContentUrl } from "./directoryTabInstance";
import { ViewForm } from "./ViewForm";
import { PreviewSection, TabNameSection, TabUrlSection, useSavedTabConfig, useTeamsTabSave } from "./TabConfigSections";
import styles from "./DirectoryConfigPage.module.css";


/** `kindChoice`: the members-or-courses choice that ChannelTabConfigPage puts above the form. */
export default function DirectoryConfigPage({ kindChoice }: { kindChoice?: ReactNode }) {
  const { locale, t } = useLocale();
  useDocumentTitle(t("config.title"));

  const [choices, setChoices] = useState<MemberFilters>({});
  const [text, setText] = useState("");
  const [customName, setCustomName] = useState<string | null>(null);
  const [entityId, setEntityId] = useState(newEntityId);

  // Reconfiguring an existing tab: start from what it saved.
  const status = useSavedTabConfig((saved) => {
    const view = viewFromContentUrl(saved.contentUrl);
    setChoices(withText(view, ""));
    setText(view.q ?? "");
    // A name the user typed stays; a name that was only the suggestion keeps following the view.
    if (saved.suggestedDisplayName && saved.suggestedDisplayName !== suggestTabName(view, locale, t)) {
      setCustomName(saved.suggestedDisplayName);
    }
    if (saved.entityId) setEntityId(saved.entityId);
  });

  const debouncedText = useDebouncedValue(text, 300);
  const view = useMemo(() => withText(choices, debouncedText), [choices, debouncedText]);
  const preview = useMemberSearch(view, 1);
  const displayName = customName ?? suggestTabName(view, locale, t);
  const instance = directoryTabInstance(view, displayName, entityId);

  useTeamsTabSave(instance, status === "ready" && displayName.trim().length > 0);

  if (status === "loading") return <LoadingState label={t("config.loading")} />;

  return (
    <div className={styles.page}>
      <div className={styles.section}>
        <PageTitle>{t("config.title")}</PageTitle>
        <p className={styles.lead}>{t("config.lead")}</p>
      </div>
      {kindChoice}

      <ViewForm
        view={choices}
        text={text}
        municipalities={preview.result?.facets.municipality ?? []}
        onChange={(next) => setChoices(withText(next, ""))}
        onTextChange={setText}
      />

      <TabNameSection displayName={displayName} customName={customName} onCustomName={setCustomName} />
      <PreviewSection preview={preview} failedTitle={t("results.failed")} text={preview.result
            ? t("config.previewCount", { count: preview.result.total, view: describeView(view, locale, t) ?? t("view.allMembers") })
            : t("results.loading")} />
      <TabUrlSection contentUrl={instance.contentUrl} />
    </div>
  );
}
