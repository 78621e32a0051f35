// The configuration page of a courses channel tab: pick a saved view of the catalogue (sub-regions,
// areas, formats, project, free seats, text) and a tab name, see how many courses it shows, and
// let Teams save it. Outside Teams it shows the resulting tab URL. Built like DirectoryConfigPage.
import { useMemo, useState, type ReactNode } from "react";
import { COURSE_FORMATS, EDUCATION_AREAS, SUB_REGIONS, type CourseFilters } from "@campus-westum/api/contract";
import { Checkbox, Field, Input, Select } from "@fluentui/react-components";
import { useLocale } from "../i18n";
import { describeCourseView, suggestCatalogueTabName } from "../catalogue/describeCourseView";
import { useCourseSearch } from "../catalogue/useCourseSearch";
import { allProjectOptions, useProjects } from "../catalogue/useProjects";
import { useDebouncedValue } from "../directory/useDebouncedValue";
import { LoadingState } from "../shared/LoadingState";
import { PageTitle } from "../shared/PageTitle";
import { useDocumentTitle } from "../shell/useDocumentTitle";
import { catalogueTabInstance, courseViewFromContentUrl, newCatalogueEntityId, tabKindOf } from "./catalogueTabInstance";
import { PreviewSection, TabNameSection, TabUrlSection, useSavedTabConfig, useTeamsTabSave } from "./TabConfigSections";
import styles from "./DirectoryConfigPage.module.css";
import form from "./ViewForm.module.css";

type ListName = "subRegion" | "area" | "format";

export default function CatalogueConfigPage({ kindChoice }: { kindChoice?: ReactNode }) {
  const { locale, t } = useLocale();
  useDocumentTitle(t("catalogueConfig.title"));

  const [choices, setChoices] = useState<CourseFilters>({});
  const [text, setText] = useState("");
  const [customName, setCustomName] = useState<string | null>(null);
  const [entityId, setEntityId] = useState(newCatalogueEntityId);

  // Reconfiguring an existing courses tab: start from what it saved.
  const status = useSavedTabConfig((saved) => {
    if (tabKindOf(saved.contentUrl) !== "catalogue") return;
    const { q, ...view } = courseViewFromContentUrl(saved.contentUrl);
    setChoices(view);
    setText(q ?? "");
    if (saved.suggestedDisplayName && saved.suggestedDisplayName !== suggestCatalogueTabName({ ...view, q }, locale, t)) {
      setCustomName(saved.suggestedDisplayName);
    }
    if (saved.entityId) setEntityId(saved.entityId);
  });

  const debouncedText = useDebouncedValue(text, 300);
  const view = useMemo<CourseFilters>(() => (debouncedText.trim() ? { ...choices, q: debouncedText } : choices), [choices, debouncedText]);
  const preview = useCourseSearch(view, 1);
  const projects = useProjects();
  const displayName = customName ?? suggestCatalogueTabName(view, locale, t);
  const instance = catalogueTabInstance(view, displayName, entityId);

  useTeamsTabSave(instance, status === "ready" && displayName.trim().length > 0);

  if (status === "loading") return <LoadingState label={t("config.loading")} />;

  const toggle = (name: ListName, value: string) => {
    const current = choices[name] ?? [];
    const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
    const { [name]: _old, ...rest } = choices;
    setChoices(next.length > 0 ? { ...rest, [name]: next } : rest);
  };
  const checkboxes = (name: ListName, legend: string, options: readonly { id: string; sv: string; en: string }[]) => (
    <fieldset className={form.fieldset}>
      <legend className={form.legend}>{legend}</legend>
      <div className={form.options}>
        {options.map((option) => (
          <Checkbox key={option.id} label={option[locale]} checked={choices[name]?.includes(option.id) ?? false} onChange={() => toggle(name, option.id)} />
        ))}
      </div>
    </fieldset>
  );

  return (
    <div className={styles.page}>
      <div className={styles.section}>
        <PageTitle>{t("catalogueConfig.title")}</PageTitle>
        <p className={styles.lead}>{t("catalogueConfig.lead")}</p>
      </div>
      {kindChoice}

      <div className={form.form}>
        {checkboxes("subRegion", t("catalogueConfig.subRegions"), SUB_REGIONS)}
        {checkboxes("area", t("config.areas"), EDUCATION_AREAS)}
        {checkboxes("format", t("catalogueConfig.formats"), COURSE_FORMATS)}
        <div className={form.row}>
          <Field label={t("courseFacets.project")}>
            <Select
              value={choices.project?.[0] ?? ""}
              onChange={(_, data) => {
                const { project: _old, ...rest } = choices;
                setChoices(data.value ? { ...rest, project: [data.value] } : rest);
              }}
            >
              <option value="">{t("report.allProjects")}</option>
              {allProjectOptions(projects.status === "ready" ? projects.value : [], t, choices.project?.[0]).map((p) => (
                <option key={p.value} value={p.value}>
                  {p.label}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t("config.text")} hint={t("catalogueConfig.textHint")}>
            <Input value={text} onChange={(_, data) => setText(data.value)} />
          </Field>
        </div>
        <Checkbox
          label={t("courseFacets.freeSeats")}
          checked={choices.hasFreeSeats === true}
          onChange={(_, data) => {
            const { hasFreeSeats: _old, ...rest } = choices;
            setChoices(data.checked === true ? { ...rest, hasFreeSeats: true } : rest);
          }}
        />
      </div>

      <TabNameSection displayName={displayName} customName={customName} onCustomName={setCustomName} />
      <PreviewSection preview={preview} failedTitle={t("courses.failed")} text={preview.result
            ? t("catalogueConfig.previewCount", { count: preview.result.total, view: describeCourseView(view, locale, t) ?? t("catalogueView.all") })
            : t("courses.loading")} />
      <TabUrlSection contentUrl={instance.contentUrl} />
    </div>
  );
}
