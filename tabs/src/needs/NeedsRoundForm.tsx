// A coordinator sets up a round or changes one (POST /api/needs/rounds, PUT /api/needs/rounds/{id}):
// title, term and year, answer deadline, reminder days, the contact roles that get the card, the
// areas the form offers (all by default) and a short introduction in Swedish and English. Once sent,
// only the deadline and the reminder can change; the other fields are shown but locked. The API's
// 400 errors are shown at their fields and listed above the form. Lazy: loaded when first opened.
import { useRef, useState, type FormEvent } from "react";
import { CONTACT_ROLES, EDUCATION_AREAS, TERMS, type NeedsRound } from "@campus-westum/api/contract";
import { Checkbox, Field, Input, Select, Textarea } from "@fluentui/react-components";
import { ProblemError } from "../api/ProblemError";
import { useNeedsApi } from "../api/useNeedsApi";
import { stockholmToday } from "../catalogue/courseDates";
import { useLocale, type MessageId } from "../i18n";
import { FormDrawer, type FieldError } from "../shared/FormDrawer";
import form from "../shared/formLayout.module.css";
import { periodLabel } from "./needsWords";
import { ALL_AREAS, initialRoundForm, roundInputOf, toggled, type RoundFormState } from "./roundForm";
import styles from "./NeedsRoundForm.module.css";

const FIELD_LABELS: Record<string, MessageId> = {
  title: "needs.field.title",
  "period.term": "needs.field.term",
  "period.year": "needs.field.year",
  deadline: "needs.field.deadline",
  reminderDaysBefore: "needs.field.reminder",
  recipientRoles: "needs.field.roles",
  areas: "needs.field.areas",
  "intro.sv": "needs.field.introSv",
  "intro.en": "needs.field.introEn",
};

interface Props {
  open: boolean;
  /** null: a new round. */
  round: NeedsRound | null;
  onClose: () => void;
  onSaved: (round: NeedsRound) => void;
}

export default function NeedsRoundForm({ open, round, onClose, onSaved }: Props) {
  const { locale, t } = useLocale();
  const api = useNeedsApi();
  const [state, setState] = useState(() =>
    initialRoundForm(round, { today: stockholmToday(), title: (period) => t("needs.form.defaultTitle", { period: periodLabel(period, locale).toLowerCase() }) }),
  );
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const sent = round !== null && round.status !== "draft";

  const set = <K extends keyof RoundFormState>(key: K, value: RoundFormState[K]) => setState((s) => ({ ...s, [key]: value }));
  const shownAt = (...fields: string[]) => {
    const message = errors.find((e) => fields.some((f) => e.field === f || e.field.startsWith(`${f}.`)))?.message;
    return message ? { validationMessage: message, validationState: "error" as const } : {};
  };
  const labelOf = (field: string) => {
    const known = Object.keys(FIELD_LABELS).find((f) => field === f || field.startsWith(`${f}.`));
    return known ? t(FIELD_LABELS[known]!) : field;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setErrors([]);
    setFailure(null);
    const input = roundInputOf(state);
    (round ? api.updateRound(round.id, input) : api.createRound(input))
      .then(onSaved, (error: unknown) => {
        const listed = error instanceof ProblemError && error.status === 400 ? (error.problem.errors ?? []) : [];
        if (listed.length === 0) return setFailure(error);
        setErrors(listed);
        // The first wrong field takes focus, so its message is read out with it.
        requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid="true"] input')?.focus());
      })
      .finally(() => setBusy(false));
  };

  const allAreas = state.areas.length === ALL_AREAS.length ? true : state.areas.length === 0 ? false : "mixed";
  const rolesError = shownAt("recipientRoles");
  const areasError = shownAt("areas");

  return (
    <FormDrawer
      open={open}
      heading={round ? t("needs.form.editHeading", { title: round.title }) : t("needs.form.newHeading")}
      onClose={onClose}
      onSubmit={submit}
      busy={busy}
      submitLabel={round ? t("needs.form.save") : t("needs.form.create")}
      cancelLabel={t("needs.cancel")}
      errors={errors}
      errorSummary={t("needs.form.errorSummary", { count: errors.length })}
      labelOf={labelOf}
      failure={failure}
      failureTitle={t("needs.form.saveFailed")}
      formRef={formRef}
    >
      {sent && <p className={form.hint}>{t("needs.form.sentNote")}</p>}
      <Field label={t("needs.field.title")} required {...shownAt("title")}>
        <Input value={state.title} maxLength={120} disabled={sent} onChange={(_, d) => set("title", d.value)} />
      </Field>
      <div className={form.row}>
        <Field label={t("needs.field.term")} required {...shownAt("period.term")}>
          <Select value={state.term} disabled={sent} onChange={(_, d) => set("term", d.value as RoundFormState["term"])}>
            {TERMS.map((term) => (
              <option key={term.id} value={term.id}>
                {term[locale]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("needs.field.year")} required {...shownAt("period.year", "period")}>
          <Input type="number" min={2000} max={2100} step={1} value={state.year} disabled={sent} onChange={(_, d) => set("year", d.value)} />
        </Field>
      </div>
      <div className={form.row}>
        <Field label={t("needs.field.deadline")} hint={t("needs.form.deadlineHint")} required {...shownAt("deadline")}>
          <Input type="date" value={state.deadline} onChange={(_, d) => set("deadline", d.value)} />
        </Field>
        <Field label={t("needs.field.reminder")} hint={t("needs.form.reminderHint")} {...shownAt("reminderDaysBefore")}>
          <Input type="number" min={0} max={14} step={1} value={state.reminderDaysBefore} onChange={(_, d) => set("reminderDaysBefore", d.value)} />
        </Field>
      </div>
      <fieldset className={form.fieldset} data-invalid={rolesError.validationMessage ? "true" : undefined}>
        <legend className={form.legend}>{t("needs.field.roles")}</legend>
        <p className={form.hint}>{t("needs.form.rolesHint")}</p>
        <div className={styles.options}>
          {CONTACT_ROLES.map((role) => (
            <Checkbox
              key={role.id}
              label={role[locale]}
              disabled={sent}
              checked={state.recipientRoles.includes(role.id)}
              onChange={(_, d) => set("recipientRoles", toggled(state.recipientRoles, role.id, d.checked === true))}
            />
          ))}
        </div>
        {rolesError.validationMessage && <p className={form.error}>{rolesError.validationMessage}</p>}
      </fieldset>
      <fieldset className={form.fieldset} data-invalid={areasError.validationMessage ? "true" : undefined}>
        <legend className={form.legend}>{t("needs.field.areas")}</legend>
        <Checkbox
          label={t("needs.form.allAreas")}
          disabled={sent}
          checked={allAreas}
          onChange={(_, d) => set("areas", d.checked === true ? [...ALL_AREAS] : [])}
        />
        <div className={styles.options}>
          {EDUCATION_AREAS.map((area) => (
            <Checkbox
              key={area.id}
              label={area[locale]}
              disabled={sent}
              checked={state.areas.includes(area.id)}
              onChange={(_, d) => set("areas", toggled(state.areas, area.id, d.checked === true))}
            />
          ))}
        </div>
        {areasError.validationMessage && <p className={form.error}>{areasError.validationMessage}</p>}
      </fieldset>
      <Field label={t("needs.field.introSv")} hint={t("needs.form.introHint")} {...shownAt("intro.sv", "intro")}>
        <Textarea value={state.introSv} maxLength={1000} disabled={sent} resize="vertical" onChange={(_, d) => set("introSv", d.value)} />
      </Field>
      <Field label={t("needs.field.introEn")} hint={t("needs.form.introEnHint")} {...shownAt("intro.en")}>
        <Textarea value={state.introEn} maxLength={1000} disabled={sent} resize="vertical" onChange={(_, d) => set("introEn", d.value)} />
      </Field>
    </FormDrawer>
  );
}
