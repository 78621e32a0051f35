// The frame around every page. Inside Teams, Teams is the frame: only the page is shown. In a
// plain browser a slim header adds the app name, the language switch and the local user switch.
import { lazy, Suspense, type ReactNode } from "react";
import { useTeams } from "../teams";
import styles from "./AppLayout.module.css";

const LocalModeSwitches = lazy(() => import("./LocalModeSwitches"));

export function AppLayout({ children }: { children: ReactNode }) {
  const { isInTeams } = useTeams();
  return (
    <>
      {!isInTeams && (
        <header className={styles.header}>
          <p className={styles.appName}>Campus Westum</p>
          <Suspense fallback={null}>
            <LocalModeSwitches className={styles.switches} switchClassName={styles.switch} />
          </Suspense>
        </header>
      )}
      <main className={styles.main}>{children}</main>
    </>
  );
}
