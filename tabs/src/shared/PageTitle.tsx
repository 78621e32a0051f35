// The page's one h1, styled alike on every page.
import type { ReactNode } from "react";
import styles from "./PageTitle.module.css";

export function PageTitle({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <h1 id={id} className={styles.title}>
      {children}
    </h1>
  );
}
