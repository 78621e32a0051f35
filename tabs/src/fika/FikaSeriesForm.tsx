// A coordinator creates a fika series or changes one (POST /api/fika/series, PUT
// /api/fika/series/{id}, which replaces the whole series), and chooses who its invitations and
// reminders reach, with "Når N personer" before saving (AudienceChoice; a choice that names
// nobody is not saved). The API's 400 errors (errors[].field) are shown at their fields and listed above the
// form; focus moves to the first wrong field. Lazy: loaded when the form is first opened.
import { useCallback, useMemo, useRef, useState, type FormEvent } from "react";
import type { Audience, FikaSeries, FikaSeriesView } from "@campus-westum/api/contract";
import { Field, Input, Switch } from "@fluentui/react-components";
import { createAudienceClient } from "../api/audienceClient";
import { ProblemError } from "../api/ProblemError";
import { useFikaApi } from "../api/useFikaApi";
import { AudienceChoice, isCompleteAudience } from "../catalogue/coordinator/AudienceChoice";
import { stockholmToday } from "../catalogue/courseDates";
import { useIdentity } from "../identity/IdentityProvider";
import { useLocale } from "../i18n";
import { FormDrawer } from "../shared/FormDrawer";
import form from "../shared/formLayout.module.css";
import { FIKA_FIELD_LABELS } from "./fieldLabels";
import { RecurrencePicker } from "./RecurrencePicker";
import { initialSeriesForm, joinUrlProblem, seriesInputOf, type FieldErrors, type SeriesFormState } from "./seriesForm";

interface Props {
  open: boolean;
  /** null: a new series. A listed series carries its audience; one being corrected may not. */
  series: (FikaSeries & { audience?: Audience }) | null;
  onClose: () => void;
  onSaved: (series: FikaSeriesView) => void;
}

export default function FikaSeriesForm({ open, series, onClose, onSaved }: Props) {
  const { locale, t } = useLocale();
  const api = useFikaApi();
  const { getToken } = useIdentity();
  const audiences = useMemo(() => createAudienceClient(getToken, locale), [getToken, locale]);
  const [state, setState] = useState(() => initialSeriesForm(series, { title: t("fika.form.defaultTitle"), today: stockholmToday() }));
  const [audience, setAudience] = useState<Audience>(series?.audience ?? { kind: "subscribers" });
  const countAudience = useCallback((chosen: Audience, signal: AbortSignal) => audiences.reach({ audience: chosen, event: "fika" }, signal), [audiences]);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const set = <K extends keyof SeriesFormState>(key: K, value: SeriesFormState[K]) => setState((s) => ({ ...s, [key]: value }));
  const errorAt = (field: string) => errors.find((e) => e.field === field)?.message;
  const shownAt = (field: string) => {
    const message = errorAt(field);
    return message ? { validationMessage: message, validationState: "error" as const } : {};
  };
  const labelOf = (field: string) => {
    const label = FIKA_FIELD_LABELS[field.split(".")[0]!];
    return label ? t(label) : field;
  };

  const showErrors = (found: FieldErrors) => {
    setErrors(found);
    // The first wrong field takes focus, so its message is read out with it.
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    const linkProblem = joinUrlProblem(state);
    if (linkProblem) {
      showErrors([{ field: "joinUrl", message: t(linkProblem === "missing" ? "fika.form.joinUrlMissing" : "fika.form.joinUrlNotTeams") }]);
      return;
    }
    if (!isCompleteAudience(audience)) {
      showErrors([{ field: "audience", message: t("audience.chooseSomething") }]);
      return;
    }
    setBusy(true);
    setErrors([]);
    const input = { ...seriesInputOf(state, series), audience };
    (series ? api.updateFikaSeries(series.id, input) : api.createFikaSeries(input))
      .then(onSaved, (error: unknown) => {
        const listed = error instanceof ProblemError && error.status === 400 ? (error.problem.errors ?? []) : [];
        if (listed.length > 0) showErrors(listed);
        else setFailure(error);
      })
      .finally(() => setBusy(false));
  };

  return (
    <FormDrawer
      open={open}
      heading={series ? t("fika.form.editHeading", { title: series.title }) : t("fika.form.newHeading")}
      onClose={onClose}
      onSubmit={submit}
      busy={busy}
      submitLabel={series ? t("fika.form.save") : t("fika.form.create")}
      cancelLabel={t("fika.form.cancel")}
      errors={errors}
      errorSummary={t("fika.form.errorSummary", { count: errors.length })}
      labelOf={labelOf}
      failure={failure}
      failureTitle={t("fika.form.saveFailed")}
      formRef={formRef}
    >
      <Field label={t("fika.form.title")} required {...shownAt("title")}>
        <Input value={state.title} maxLength={120} onChange={(_, d) => set("title", d.value)} />
      </Field>
      <RecurrencePicker
        pattern={state.pattern}
        original={series?.rrule ?? null}
        time={state.time}
        error={errorAt("rrule")}
        onChange={(pattern) => set("pattern", pattern)}
      />
      <div className={form.row}>
        <Field label={t("fika.form.firstDate")} hint={t("fika.form.firstDateHint")} required {...shownAt("firstDate")}>
          <Input type="date" value={state.firstDate} onChange={(_, d) => set("firstDate", d.value)} />
        </Field>
        <Field label={t("fika.form.time")} hint={t("fika.form.timeHint")} required {...shownAt("time")}>
          <Input type="time" value={state.time} onChange={(_, d) => set("time", d.value)} />
        </Field>
        <Field label={t("fika.form.duration")} required {...shownAt("durationMinutes")}>
          <Input type="number" min={5} max={480} step={5} value={state.durationMinutes} onChange={(_, d) => set("durationMinutes", d.value)} />
        </Field>
      </div>
      <Field label={t("fika.form.joinUrl")} hint={t("fika.form.joinUrlHint")} required {...shownAt("joinUrl")}>
        <Input type="url" value={state.joinUrl} maxLength={2000} onChange={(_, d) => set("joinUrl", d.value)} />
      </Field>
      <Field hint={t("fika.form.activeHint")} {...shownAt("active")}>
        <Switch label={t("fika.form.active")} checked={state.active} onChange={(_, d) => set("active", d.checked)} />
      </Field>
      <AudienceChoice label={t("audience.fikaLabel")} audience={audience} onChange={setAudience} count={countAudience} />
    </FormDrawer>
  );
}
