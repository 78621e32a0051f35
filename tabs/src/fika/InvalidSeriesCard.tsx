// A stored fika series that no longer reads as valid (saved before the rules were strict, such as
// a rule that repeats every minute): it has no dates and the bot sends nothing for it. The card
// says which field is wrong and why, and what the coordinator can do: correct it in the form,
// which starts from what was stored.
import { useId } from "react";
import type { InvalidFikaSeries } from "@campus-westum/api/contract";
import { Button } from "@fluentui/react-components";
import { Warning20Regular, Wrench20Regular } from "@fluentui/react-icons";
import { useLocale } from "../i18n";
import { Pill } from "../shared/Pill";
import card from "../shared/card.module.css";
import facts from "../shared/facts.module.css";
import { FIKA_FIELD_LABELS } from "./fieldLabels";
import styles from "./FikaSeriesCard.module.css";

export function InvalidSeriesCard({ series, onCorrect }: { series: InvalidFikaSeries; onCorrect: (series: InvalidFikaSeries) => void }) {
  const { t } = useLocale();
  const titleId = useId();
  const field = FIKA_FIELD_LABELS[series.field] ? t(FIKA_FIELD_LABELS[series.field]!) : series.field;
  const title = series.title || t("fika.invalid.untitled");

  return (
    <article className={card.card} aria-labelledby={titleId}>
      <div className={card.header}>
        <Warning20Regular aria-hidden />
        <h3 id={titleId} className={card.title}>
          {title}
        </h3>
        <Pill>{t("fika.invalid.pill")}</Pill>
      </div>
      <p className={styles.note}>{t("fika.invalid.text")}</p>
      <dl className={facts.facts}>
        <dt>{t("fika.invalid.rule")}</dt>
        <dd>{series.rrule || "—"}</dd>
        <dt>{t("fika.invalid.problem")}</dt>
        <dd>{t("fika.invalid.fieldProblem", { field, problem: series.problem })}</dd>
      </dl>
      <p className={styles.note}>{t("fika.invalid.todo")}</p>
      <Button className={styles.edit} icon={<Wrench20Regular />} aria-label={t("fika.invalid.correctSeries", { title })} onClick={() => onCorrect(series)}>
        {t("fika.invalid.correct")}
      </Button>
    </article>
  );
}
