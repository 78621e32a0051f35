// Nothing to show, said plainly, with what the user can do about it.
import type { ReactNode } from "react";
import styles from "./EmptyState.module.css";

export function EmptyState({ title, text, action }: { title: string; text?: string; action?: ReactNode }) {
  return (
    <div className={styles.root}>
      <h3 className={styles.title}>{title}</h3>
      {text && <p className={styles.text}>{text}</p>}
      {action}
    </div>
  );
}
