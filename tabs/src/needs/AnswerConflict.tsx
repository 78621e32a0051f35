// Someone else saved the member's answer while she was editing it (409 answer-changed): what is
// stored now beside what she typed, and her choice. Nothing of hers is lost: her draft stays in the
// form until she takes the stored answer.
import { useEffect, useId, useRef } from "react";
import type { NeedsAnswer } from "@campus-westum/api/contract";
import { Button } from "@fluentui/react-components";
import { formatDateTime, useLocale } from "../i18n";
import { answerInputOf, type AnswerFormState } from "./answerForm";
import { needLine } from "./needsWords";
import styles from "./AnswerConflict.module.css";

interface Props {
  latest: NeedsAnswer;
  draft: AnswerFormState;
  busy: boolean;
  onKeepMine: () => void;
  onTakeStored: () => void;
}

export function AnswerConflict({ latest, draft, busy, onKeepMine, onTakeStored }: Props) {
  const { locale, t } = useLocale();
  const headingId = useId();
  const ref = useRef<HTMLElement>(null);
  // Focus moves here so the news is read out and the choice is the next thing on the keyboard.
  useEffect(() => ref.current?.focus(), [latest.version]);
  const change = latest.history[0];
  const typed = answerInputOf(draft);
  const lines = (needs: NeedsAnswer["needs"]) => needs.filter((need) => need.area).map((need) => needLine(need, locale));

  return (
    <section ref={ref} tabIndex={-1} role="alert" aria-labelledby={headingId} className={styles.conflict}>
      <h4 id={headingId} className={styles.heading}>
        {t("needs.conflict.heading")}
      </h4>
      <p className={styles.text}>
        {change
          ? t("needs.conflict.who", { name: change.by.name, when: formatDateTime(change.at, locale), summary: change.summary })
          : t("needs.conflict.someone")}{" "}
        {t("needs.conflict.yoursKept")}
      </p>
      <div className={styles.columns}>
        <AnswerColumn heading={t("needs.conflict.stored")} lines={lines(latest.needs)} comment={latest.comment} />
        <AnswerColumn heading={t("needs.conflict.yours")} lines={lines(typed.needs)} comment={typed.comment} />
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" disabledFocusable={busy} onClick={onKeepMine}>
          {t("needs.conflict.keepMine")}
        </Button>
        <Button onClick={onTakeStored}>{t("needs.conflict.takeStored")}</Button>
      </div>
    </section>
  );
}

function AnswerColumn({ heading, lines, comment }: { heading: string; lines: string[]; comment?: string }) {
  const { t } = useLocale();
  return (
    <div className={styles.column}>
      <h5 className={styles.columnHeading}>{heading}</h5>
      {lines.length === 0 ? (
        <p className={styles.text}>{t("needs.answer.noNeedsStated")}</p>
      ) : (
        <ul className={styles.lines}>
          {lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
      {comment && <p className={styles.text}>{t("needs.answer.commentIs", { comment })}</p>}
    </div>
  );
}
