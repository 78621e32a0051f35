// A failed request: what failed, the API's own explanation (problem details), and a retry.
// Drawn like Fluent's error MessageBar with the theme's status colours instead of using it: the
// MessageBar would add ~3 KB gzip to the directory's first download, which has a hard budget (see
// README). role="alert" has screen readers announce the failure as it appears.
import { Button } from "@fluentui/react-components";
import { ErrorCircle20Regular } from "@fluentui/react-icons";
import { ProblemError, problemDetailOf } from "../api/ProblemError";
import { useT, type Translate } from "../i18n";
import styles from "./ErrorState.module.css";

export function ErrorState({ title, error, onRetry }: { title: string; error: unknown; onRetry?: () => void }) {
  const t = useT();
  return (
    <div role="alert" className={styles.root}>
      <ErrorCircle20Regular className={styles.icon} aria-hidden />
      <div className={styles.body}>
        <span className={styles.title}>{title}</span>
        <p className={styles.detail}>{describeError(error, t)}</p>
      </div>
      {onRetry && <Button onClick={onRetry}>{t("action.retry")}</Button>}
    </div>
  );
}

function describeError(error: unknown, t: Translate): string {
  const detail = problemDetailOf(error);
  if (detail) return detail;
  if (error instanceof ProblemError) return t("error.status", { status: error.status });
  return t("error.network"); // fetch itself failed: offline, or the API is not running
}
