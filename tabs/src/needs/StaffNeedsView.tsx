// What staff see of the needs inventory: the rounds sent to the network (GET /api/needs/rounds),
// open ones first, and for the chosen round "Ert svar" for each member she is a contact of (GET
// .../answers/mine), to edit until the deadline, read-only after it with the day it closed.
import { useId, useState } from "react";
import type { NeedsAnswer, NeedsRound } from "@campus-westum/api/contract";
import { Field, Select } from "@fluentui/react-components";
import { useNeedsApi } from "../api/useNeedsApi";
import { useLoad } from "../catalogue/useLoad";
import { useLocale } from "../i18n";
import { EmptyState } from "../shared/EmptyState";
import { ErrorState } from "../shared/ErrorState";
import { LoadingState } from "../shared/LoadingState";
import card from "../shared/card.module.css";
import { AnswerHistory } from "./AnswerHistory";
import { NeedsAnswerForm } from "./NeedsAnswerForm";
import { RoundFacts } from "./RoundFacts";
import { needLine, roundChoiceLabel } from "./needsWords";
import styles from "./NeedsView.module.css";

/** Open rounds first (the nearest deadline first), then the closed ones, the latest first. */
function ordered(rounds: NeedsRound[]): NeedsRound[] {
  const open = rounds.filter((r) => r.status === "open").sort((a, b) => a.deadline.localeCompare(b.deadline));
  const rest = rounds.filter((r) => r.status !== "open").sort((a, b) => b.deadline.localeCompare(a.deadline));
  return [...open, ...rest];
}

export function StaffNeedsView() {
  const { locale, t } = useLocale();
  const api = useNeedsApi();
  const [load, retry] = useLoad((signal) => api.listRounds(signal).then((list) => ordered(list.rounds)), [api]);
  const [chosen, setChosen] = useState<string | null>(null);

  if (load.status === "loading") return <LoadingState label={t("needs.loading")} />;
  if (load.status === "error") return <ErrorState title={t("needs.failed")} error={load.error} onRetry={retry} />;
  const rounds = load.value;
  if (rounds.length === 0) return <EmptyState title={t("needs.staff.emptyTitle")} text={t("needs.staff.emptyText")} />;
  const round = rounds.find((r) => r.id === chosen) ?? rounds[0]!;
  return (
    <>
      {rounds.length > 1 && (
        <Field label={t("needs.staff.chooseRound")} className={styles.choice}>
          <Select value={round.id} onChange={(_, d) => setChosen(d.value)}>
            {rounds.map((r) => (
              <option key={r.id} value={r.id}>
                {roundChoiceLabel(r, locale, t)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <RoundAnswers key={round.id} round={round} />
    </>
  );
}

function RoundAnswers({ round: listed }: { round: NeedsRound }) {
  const { locale, t } = useLocale();
  const api = useNeedsApi();
  const [mine, retry] = useLoad((signal) => api.myAnswers(listed.id, signal), [api, listed.id]);
  const titleId = useId();
  const round = mine.status === "ready" ? mine.value.round : listed;
  const intro = (locale === "en" && round.intro.en) || round.intro.sv;

  return (
    <article className={card.card} aria-labelledby={titleId}>
      <h3 id={titleId} className={card.title}>
        {round.title}
      </h3>
      <RoundFacts round={round} />
      {intro && <p className={styles.intro}>{intro}</p>}
      {mine.status === "loading" && <LoadingState label={t("needs.staff.answersLoading")} />}
      {mine.status === "error" && <ErrorState title={t("needs.staff.answersFailed")} error={mine.error} onRetry={retry} />}
      {mine.status === "ready" &&
        (mine.value.answers.length === 0 ? (
          <EmptyState title={t("needs.staff.noMemberTitle")} text={t("needs.staff.noMemberText")} />
        ) : (
          mine.value.answers.map((answer) => <MemberAnswer key={answer.memberId} round={round} answer={answer} />)
        ))}
    </article>
  );
}

function MemberAnswer({ round, answer }: { round: NeedsRound; answer: NeedsAnswer }) {
  const { t } = useLocale();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={styles.memberAnswer}>
      <h4 id={headingId} className={styles.memberHeading}>
        {t("needs.staff.yourAnswer", { member: answer.memberName })}
      </h4>
      {round.status === "open" ? <NeedsAnswerForm round={round} answer={answer} /> : <ReadOnlyAnswer round={round} answer={answer} />}
    </section>
  );
}

/** A closed round's answer (or one not sent yet): what was stated, and why it cannot change. */
function ReadOnlyAnswer({ round, answer }: { round: NeedsRound; answer: NeedsAnswer }) {
  const { locale, t } = useLocale();
  return (
    <>
      <p className={styles.note}>{t(round.status === "closed" ? "needs.staff.closedNote" : "needs.staff.draftNote")}</p>
      {answer.version === 0 ? (
        <p>{t("needs.staff.notAnswered", { member: answer.memberName })}</p>
      ) : answer.needs.length === 0 ? (
        <p>{t("needs.answer.noNeedsStated")}</p>
      ) : (
        <ul className={styles.needList}>
          {answer.needs.map((need, i) => (
            <li key={i}>{needLine(need, locale)}</li>
          ))}
        </ul>
      )}
      {answer.comment && <p>{t("needs.answer.commentIs", { comment: answer.comment })}</p>}
      <AnswerHistory answer={answer} />
    </>
  );
}
