// The configuration page of a courses channel tab: pick a saved view of the catalogue (sub-regions,
// areas, formats, project, free seats, text) and a tab name, see how many courses it shows, and
// let Teams save it. Outside Teams it shows the resulting tab URL. Built like DirectoryConfigPage.
import { useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { COURSE_FORMATS, EDUCATION_AREAS, PROJECTS, SUB_REGIONS, type CourseFilters } from "@campus-westum/api/contract";
import { Button, Checkbox, Field, Input, Select, Spinner } from "@fluentui/react-components";
import { useLocale } from "../i18n";
import { describeCourseView, suggestCatalogueTabName } from "../catalogue/describeCourseView";
import { useCourseSearch } from "../catalogue/useCourseSearch";
import { useDebouncedValue } from "../directory/useDebouncedValue";
import { ErrorState } from "../shared/ErrorState";
import { LoadingState } from "../shared/LoadingState";
import { PageTitle } from "../shared/PageTitle";
import { TextLink } from "../shared/TextLink";
import { useDocumentTitle } from "../shell/useDocumentTitle";
import { useTeams } from "../teams";
import { catalogueTabInstance, courseViewFromContentUrl, newCatalogueEntityId, tabKindOf } from "./catalogueTabInstance";
import styles from "./DirectoryConfigPage.module.css";
import form from "./ViewForm.module.css";

type ListName = "subRegion" | "area" | "format";

export default function CatalogueConfigPage({ kindChoice }: { kindChoice?: ReactNode }) {
  const { locale, t } = useLocale();
  const { tabConfig } = useTeams();
  useDocumentTitle(t("catalogueConfig.title"));

  const [status, setStatus] = useState<"loading" | "ready">(tabConfig ? "loading" : "ready");
  const [choices, setChoices] = useState<CourseFilters>({});
  const [text, setText] = useState("");
  const [customName, setCustomName] = useState<string | null>(null);
  const [entityId, setEntityId] = useState(newCatalogueEntityId);

  // Reconfiguring an existing courses tab: start from what it saved.
  useEffect(() => {
    if (!tabConfig) return;
    tabConfig
      .load()
      .then((saved) => {
        if (!saved || tabKindOf(saved.contentUrl) !== "catalogue") return;
        const { q, ...view } = courseViewFromContentUrl(saved.contentUrl);
        setChoices(view);
        setText(q ?? "");
        if (saved.suggestedDisplayName && saved.suggestedDisplayName !== suggestCatalogueTabName({ ...view, q }, locale, t)) {
          setCustomName(saved.suggestedDisplayName);
        }
        if (saved.entityId) setEntityId(saved.entityId);
      })
      .catch((error: unknown) => console.warn("Could not read the tab's saved configuration", error))
      .finally(() => setStatus("ready"));
  }, [tabConfig, locale, t]);

  const debouncedText = useDebouncedValue(text, 300);
  const view = useMemo<CourseFilters>(() => (debouncedText.trim() ? { ...choices, q: debouncedText } : choices), [choices, debouncedText]);
  const preview = useCourseSearch(view, 1);
  const displayName = customName ?? suggestCatalogueTabName(view, locale, t);
  const instance = catalogueTabInstance(view, displayName, entityId);

  const latestInstance = useRef(instance);
  latestInstance.current = instance;
  useEffect(() => tabConfig?.onSave(() => latestInstance.current), [tabConfig]);
  const valid = status === "ready" && displayName.trim().length > 0;
  useEffect(() => tabConfig?.setValid(valid), [tabConfig, valid]);

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
              {PROJECTS.map((p) => (
                <option key={p} value={p}>
                  {p}
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

      <section className={styles.section} aria-labelledby="config-name-heading">
        <h2 id="config-name-heading" className={styles.heading}>
          {t("config.nameHeading")}
        </h2>
        <div className={styles.nameRow}>
          <Field className={styles.nameField} label={t("config.name")} hint={t("config.nameHint")} required validationMessage={displayName.trim() ? undefined : t("config.nameRequired")}>
            <Input value={displayName} maxLength={100} onChange={(_, data) => setCustomName(data.value)} />
          </Field>
          {customName !== null && <Button onClick={() => setCustomName(null)}>{t("config.useSuggestion")}</Button>}
        </div>
      </section>

      <section className={styles.section} aria-labelledby="config-preview-heading">
        <h2 id="config-preview-heading" className={styles.heading}>
          {t("config.previewHeading")}
        </h2>
        {preview.error ? (
          <ErrorState title={t("courses.failed")} error={preview.error} onRetry={preview.retry} />
        ) : (
          <div className={styles.preview}>
            <p className={styles.previewText} role="status">
              {preview.result
                ? t("catalogueConfig.previewCount", { count: preview.result.total, view: describeCourseView(view, locale, t) ?? t("catalogueView.all") })
                : t("courses.loading")}
            </p>
            {preview.loading && <Spinner size="extra-tiny" label={t("results.updating")} />}
          </div>
        )}
      </section>

      {!tabConfig && (
        <section className={styles.section} aria-labelledby="config-url-heading">
          <h2 id="config-url-heading" className={styles.heading}>
            {t("config.urlHeading")}
          </h2>
          <p className={styles.lead}>{t("config.urlOutsideTeams")}</p>
          <p className={styles.url} data-testid="tab-content-url">
            {instance.contentUrl}
          </p>
          <TextLink href={instance.contentUrl}>{t("config.openView")}</TextLink>
        </section>
      )}
    </div>
  );
}
