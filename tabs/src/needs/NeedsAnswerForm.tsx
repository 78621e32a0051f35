// One member's answer to an open round, as its contact persons edit it in the tab (PUT
// /api/needs/rounds/{id}/answers/{memberId}): needs rows (area among the round's, students or staff,
// format, expected participants, a note), a comment, and Spara with the version the editor started
// from. When someone else saved first (409 answer-changed) the stored answer is fetched and shown
// beside what she typed, which stays in the form: she keeps hers over it or takes the stored one.
import { useId, useRef, useState, type FormEvent } from "react";
import { COURSE_FORMATS, MAX_NEED_PARTICIPANTS, MAX_NEEDS_PER_ANSWER, NEEDS_AUDIENCES, type NeedsAnswer, type NeedsRound } from "@campus-westum/api/contract";
import { Button, Field, Input, Select, Spinner, Textarea } from "@fluentui/react-components";
import { Add20Regular, Delete20Regular } from "@fluentui/react-icons";
import { ProblemError } from "../api/ProblemError";
import { useNeedsApi } from "../api/useNeedsApi";
import { areaLabel, useLocale } from "../i18n";
import { ErrorState } from "../shared/ErrorState";
import summary from "../shared/FormDrawer.module.css";
import form from "../shared/formLayout.module.css";
import { answerFormOf, answerInputOf, formProblems, newRow, type AnswerFormState, type FormProblem, type NeedRow } from "./answerForm";
import { AnswerConflict } from "./AnswerConflict";
import { AnswerHistory } from "./AnswerHistory";
import { useAnswerFieldLabel } from "./answerFieldLabels";
import styles from "./NeedsAnswerForm.module.css";

interface FieldError {
  field: string;
  message: string;
}

export function NeedsAnswerForm({ round, answer }: { round: NeedsRound; answer: NeedsAnswer }) {
  const { locale, t } = useLocale();
  const api = useNeedsApi();
  const labelOf = useAnswerFieldLabel();
  /** The answer as last read from the API; the form holds the draft. */
  const [stored, setStored] = useState(answer);
  const [state, setState] = useState<AnswerFormState>(() => answerFormOf(answer));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [conflict, setConflict] = useState<NeedsAnswer | null>(null);
  const [status, setStatus] = useState("");
  const formRef = useRef<HTMLFormElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const summaryId = useId();

  const problemMessage = (p: FormProblem) => t(`needs.answer.problem.${p.problem}`, { max: MAX_NEED_PARTICIPANTS, count: MAX_NEEDS_PER_ANSWER });
  const errorAt = (field: string) => errors.find((e) => e.field === field)?.message;
  const shownAt = (field: string) => {
    const message = errorAt(field);
    return message ? { validationMessage: message, validationState: "error" as const } : {};
  };
  const showErrors = (found: FieldError[]) => {
    setErrors(found);
    // The first wrong field takes focus, so its message is read out with it; else the summary.
    requestAnimationFrame(() =>
      (formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? document.getElementById(summaryId))?.focus(),
    );
  };

  const setRow = (key: number, change: Partial<NeedRow>) =>
    setState((s) => ({ ...s, rows: s.rows.map((row) => (row.key === key ? { ...row, ...change } : row)) }));
  const addRow = () => {
    const row = newRow(state, round.areas);
    setState((s) => ({ ...s, rows: [...s.rows, row] }));
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>(`[data-row="${row.key}"] select`)?.focus());
  };
  const removeRow = (key: number) => {
    setState((s) => ({ ...s, rows: s.rows.filter((row) => row.key !== key) }));
    setErrors([]);
    addRef.current?.focus();
  };

  const save = (draft: AnswerFormState) => {
    if (busy) return;
    setFailure(null);
    setStatus("");
    const found = formProblems(draft);
    if (found.length > 0) return showErrors(found.map((p) => ({ field: p.field, message: problemMessage(p) })));
    setErrors([]);
    setBusy(true);
    api
      .saveAnswer(round.id, stored.memberId, answerInputOf(draft))
      .then(
        (saved) => {
          setStored(saved);
          setState(answerFormOf(saved));
          setConflict(null);
          setStatus(t("needs.answer.saved", { member: saved.memberName }));
        },
        async (error: unknown) => {
          if (error instanceof ProblemError && error.status === 400 && error.problem.errors?.length) return showErrors(error.problem.errors);
          if (error instanceof ProblemError && error.status === 409 && error.problem.type.endsWith("answer-changed")) {
            const latest = await api.myAnswers(round.id).then((mine) => mine.answers.find((a) => a.memberId === stored.memberId));
            if (latest) {
              setStored(latest);
              setConflict(latest);
              return;
            }
          }
          setFailure(error);
        },
      )
      .catch(setFailure)
      .finally(() => setBusy(false));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save(state);
  };

  return (
    <div className={styles.answer}>
      {conflict && (
        <AnswerConflict
          latest={conflict}
          draft={state}
          busy={busy}
          onKeepMine={() => {
            const mine = { ...state, version: conflict.version };
            setState(mine);
            save(mine);
          }}
          onTakeStored={() => {
            setState(answerFormOf(conflict));
            setConflict(null);
            setStatus(t("needs.answer.tookStored"));
          }}
        />
      )}
      <form ref={formRef} className={styles.form} onSubmit={submit} noValidate aria-label={t("needs.answer.formLabel", { member: stored.memberName })}>
        {errors.length > 0 && (
          <div id={summaryId} role="alert" tabIndex={-1} className={summary.summary}>
            <p className={summary.summaryTitle}>{t("needs.answer.errorSummary", { count: errors.length })}</p>
            <ul className={summary.summaryList}>
              {errors.map((e, i) => (
                <li key={i}>
                  {labelOf(e.field)}: {e.message}
                </li>
              ))}
            </ul>
          </div>
        )}
        {failure !== null && <ErrorState title={t("needs.answer.saveFailed")} error={failure} />}
        {state.rows.length === 0 ? (
          <p className={form.hint}>{t("needs.answer.noNeeds")}</p>
        ) : (
          <ol className={styles.rows}>
            {state.rows.map((row, i) => (
              <li key={row.key} data-row={row.key}>
                <fieldset className={form.fieldset}>
                  <legend className={form.legend}>{t("needs.answer.rowLegend", { n: i + 1 })}</legend>
                  <div className={form.row}>
                    <Field label={t("needs.field.area")} required {...shownAt(`needs.${i}.area`)}>
                      <Select value={row.area} onChange={(_, d) => setRow(row.key, { area: d.value as NeedRow["area"] })}>
                        <option value="">{t("needs.answer.chooseArea")}</option>
                        {round.areas.map((area) => (
                          <option key={area} value={area}>
                            {areaLabel(area, locale)}
                          </option>
                        ))}
                      </Select>
                    </Field>
                    <Field label={t("needs.field.audience")} required {...shownAt(`needs.${i}.audience`)}>
                      <Select value={row.audience} onChange={(_, d) => setRow(row.key, { audience: d.value as NeedRow["audience"] })}>
                        {NEEDS_AUDIENCES.map((a) => (
                          <option key={a.id} value={a.id}>
                            {a[locale]}
                          </option>
                        ))}
                      </Select>
                    </Field>
                    <Field label={t("needs.field.format")} required {...shownAt(`needs.${i}.format`)}>
                      <Select value={row.format} onChange={(_, d) => setRow(row.key, { format: d.value as NeedRow["format"] })}>
                        {COURSE_FORMATS.map((f) => (
                          <option key={f.id} value={f.id}>
                            {f[locale]}
                          </option>
                        ))}
                      </Select>
                    </Field>
                    <Field label={t("needs.field.participants")} required {...shownAt(`needs.${i}.participants`)}>
                      <Input type="number" min={1} max={MAX_NEED_PARTICIPANTS} step={1} value={row.participants} onChange={(_, d) => setRow(row.key, { participants: d.value })} />
                    </Field>
                  </div>
                  <Field label={t("needs.field.note")} hint={t("needs.answer.noteHint")} {...shownAt(`needs.${i}.note`)}>
                    <Input value={row.note} maxLength={500} onChange={(_, d) => setRow(row.key, { note: d.value })} />
                  </Field>
                  <Button className={styles.remove} icon={<Delete20Regular />} onClick={() => removeRow(row.key)}>
                    {t("needs.answer.removeRow", { n: i + 1 })}
                  </Button>
                </fieldset>
              </li>
            ))}
          </ol>
        )}
        <div>
          <Button ref={addRef} icon={<Add20Regular />} disabledFocusable={state.rows.length >= MAX_NEEDS_PER_ANSWER} onClick={addRow}>
            {t("needs.answer.addRow")}
          </Button>
        </div>
        <Field label={t("needs.field.comment")} hint={t("needs.answer.commentHint")} {...shownAt("comment")}>
          <Textarea value={state.comment} maxLength={2000} resize="vertical" onChange={(_, d) => setState((s) => ({ ...s, comment: d.value }))} />
        </Field>
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" disabledFocusable={busy} icon={busy ? <Spinner size="tiny" aria-hidden /> : undefined}>
            {t("needs.answer.save")}
          </Button>
          <p role="status" className={styles.status}>
            {status}
          </p>
        </div>
      </form>
      <AnswerHistory answer={stored} />
    </div>
  );
}
