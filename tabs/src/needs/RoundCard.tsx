// One round as a coordinator sees it: title, status, term, deadline, reminder and answers so far,
// and what can be done with it now: change it, send it (a draft; the confirm names how many members
// and people get the card, and in which roles) or read its results (once sent).
import { useId, useState } from "react";
import type { NeedsRound } from "@campus-westum/api/contract";
import { Button, Spinner } from "@fluentui/react-components";
import { ChartMultiple20Regular, Edit20Regular, Send20Regular } from "@fluentui/react-icons";
import { useNeedsApi } from "../api/useNeedsApi";
import { formatNumber, roleLabel, useLocale } from "../i18n";
import { ErrorState } from "../shared/ErrorState";
import { Pill } from "../shared/Pill";
import card from "../shared/card.module.css";
import { RoundFacts } from "./RoundFacts";
import styles from "./NeedsView.module.css";

interface Props {
  round: NeedsRound;
  showingResults: boolean;
  onEdit: (round: NeedsRound) => void;
  onSent: (round: NeedsRound) => void;
  onResults: () => void;
}

export function RoundCard({ round, showingResults, onEdit, onSent, onResults }: Props) {
  const { locale, t } = useLocale();
  const api = useNeedsApi();
  const titleId = useId();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const send = () => {
    setBusy(true);
    setError(null);
    api
      .sendRound(round.id)
      .then((sent) => {
        setConfirming(false);
        onSent(sent);
      }, setError)
      .finally(() => setBusy(false));
  };
  const roles = round.recipientRoles.map((role) => roleLabel(role, locale).toLowerCase()).join(", ");
  const members = formatNumber(round.members, locale);

  return (
    <article className={card.card} aria-labelledby={titleId}>
      <div className={card.header}>
        <h3 id={titleId} className={card.title}>
          {round.title}
        </h3>
        <Pill tone={round.status === "open" ? "brand" : "neutral"}>{t(`needs.status.${round.status}`)}</Pill>
      </div>
      <RoundFacts round={round} counts />
      <div className={styles.buttons}>
        <Button icon={<Edit20Regular />} aria-label={t("needs.editRound", { title: round.title })} onClick={() => onEdit(round)}>
          {t("needs.edit")}
        </Button>
        {round.status === "draft" && !confirming && (
          <Button appearance="primary" icon={<Send20Regular />} onClick={() => setConfirming(true)}>
            {t("needs.send")}
          </Button>
        )}
        {round.status !== "draft" && (
          <Button icon={<ChartMultiple20Regular />} aria-pressed={showingResults} aria-label={t("needs.showResultsOf", { title: round.title })} onClick={onResults}>
            {t("needs.showResults")}
          </Button>
        )}
      </div>
      {confirming && (
        <div className={styles.confirm} role="group" aria-label={t("needs.sendConfirmLabel", { title: round.title })}>
          <p>
            {round.people === undefined
              ? t("needs.sendConfirmMembers", { members, roles })
              : t("needs.sendConfirm", { members, people: formatNumber(round.people, locale), roles })}
          </p>
          <div className={styles.buttons}>
            <Button appearance="primary" disabledFocusable={busy || round.members === 0} icon={busy ? <Spinner size="tiny" aria-hidden /> : undefined} onClick={send}>
              {t("needs.sendNow")}
            </Button>
            <Button onClick={() => setConfirming(false)}>{t("needs.cancel")}</Button>
          </div>
        </div>
      )}
      {error !== null && <ErrorState title={t("needs.sendFailed")} error={error} />}
    </article>
  );
}
