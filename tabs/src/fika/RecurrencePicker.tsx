// How often a fika happens, chosen in words instead of typed as an RRULE: once a month (which week
// and weekday), every week or every other week (which weekday). A series whose rule the picker
// cannot express keeps it: the rule is shown as text and saved unchanged unless another choice is
// made. The sentence under the choices says what was chosen, as the list will show it.
import { useId } from "react";
import { Field, Select } from "@fluentui/react-components";
import { useLocale } from "../i18n";
import {
  patternOfRule, WEEKDAYS, WEEKS_OF_MONTH, withFrequency, type Frequency, type RecurrencePattern, type Weekday, type WeekOfMonth,
} from "./recurrencePattern";
import { describeRecurrence } from "./recurrenceWords";
import form from "../shared/formLayout.module.css";
import styles from "./RecurrencePicker.module.css";

interface Props {
  pattern: RecurrencePattern;
  /** The series' rule as saved; null for a new series. */
  original: string | null;
  time: string;
  /** The API's message about the rule, if it refused it. */
  error?: string;
  onChange: (pattern: RecurrencePattern) => void;
}

const FREQUENCIES: Exclude<Frequency, "custom">[] = ["monthly", "weekly", "everyOtherWeek"];

export function RecurrencePicker({ pattern, original, time, error, onChange }: Props) {
  const { t } = useLocale();
  const sentenceId = useId();
  const errorId = useId();
  const keepsCustom = original !== null && patternOfRule(original).kind === "custom";

  return (
    <fieldset className={form.fieldset} aria-describedby={error ? `${sentenceId} ${errorId}` : sentenceId}>
      <legend className={form.legend}>{t("fika.form.recurrence")}</legend>
      <div className={form.row}>
        <Field label={t("fika.form.frequency")}>
          <Select
            value={pattern.kind}
            aria-invalid={error ? true : undefined}
            onChange={(_, data) => onChange(withFrequency(pattern, data.value as Frequency, original))}
          >
            {FREQUENCIES.map((frequency) => (
              <option key={frequency} value={frequency}>
                {t("fika.frequency", { frequency })}
              </option>
            ))}
            {keepsCustom && <option value="custom">{t("fika.frequency", { frequency: "custom" })}</option>}
          </Select>
        </Field>
        {pattern.kind === "monthly" && (
          <Field label={t("fika.form.weekOfMonth")}>
            <Select value={pattern.week} onChange={(_, data) => onChange({ ...pattern, week: data.value as WeekOfMonth })}>
              {WEEKS_OF_MONTH.map((week) => (
                <option key={week} value={week}>
                  {t("fika.week", { week })}
                </option>
              ))}
            </Select>
          </Field>
        )}
        {pattern.kind !== "custom" && (
          <Field label={t("fika.form.weekday")}>
            <Select value={pattern.weekday} onChange={(_, data) => onChange({ ...pattern, weekday: data.value as Weekday })}>
              {WEEKDAYS.map((day) => (
                <option key={day} value={day}>
                  {t("fika.weekday", { day })}
                </option>
              ))}
            </Select>
          </Field>
        )}
      </div>
      {pattern.kind === "custom" && <p className={form.hint}>{t("fika.form.customRule")}</p>}
      {pattern.kind === "everyOtherWeek" && <p className={form.hint}>{t("fika.form.everyOtherWeekHint")}</p>}
      <p id={sentenceId} className={styles.ruleSentence}>
        {describeRecurrence(pattern, time || "–", t)}
      </p>
      {error && (
        <p id={errorId} className={form.error}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
