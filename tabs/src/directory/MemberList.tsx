// The result list and "show more".
import type { MemberSummary } from "@campus-westum/api/contract";
import { Button, Spinner } from "@fluentui/react-components";
import { formatNumber, useLocale } from "../i18n";
import { ErrorState } from "../shared/ErrorState";
import { MemberCard } from "./MemberCard";
import styles from "./MemberList.module.css";

interface Props {
  items: MemberSummary[];
  /** New results are on their way (the list shown is the previous one). */
  busy: boolean;
  total: number;
  hasMore: boolean;
  loadingMore: boolean;
  loadMoreError: unknown;
  onLoadMore: () => void;
  onOpen: (memberId: string) => void;
}

export function MemberList({ items, busy, total, hasMore, loadingMore, loadMoreError, onLoadMore, onOpen }: Props) {
  const { locale, t } = useLocale();
  return (
    <>
      <ul className={styles.list} aria-busy={busy}>
        {items.map((member) => (
          <li key={member.id}>
            <MemberCard member={member} onOpen={onOpen} />
          </li>
        ))}
      </ul>
      {hasMore && (
        <div className={styles.more}>
          <p className={styles.shown}>
            {t("results.shownOf", { shown: formatNumber(items.length, locale), total: formatNumber(total, locale) })}
          </p>
          {loadMoreError ? (
            <ErrorState title={t("results.loadMoreFailed")} error={loadMoreError} onRetry={onLoadMore} />
          ) : (
            <Button
              onClick={onLoadMore}
              disabledFocusable={loadingMore}
              icon={loadingMore ? <Spinner size="tiny" aria-hidden /> : undefined}
            >
              {t("results.showMore")}
            </Button>
          )}
        </div>
      )}
    </>
  );
}
