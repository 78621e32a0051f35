// Something is on its way: a labelled spinner, announced by screen readers as progress.
import { Spinner } from "@fluentui/react-components";
import styles from "./LoadingState.module.css";

export function LoadingState({ label }: { label: string }) {
  return (
    <div className={styles.root}>
      <Spinner label={label} labelPosition="below" />
    </div>
  );
}
