// A drawer that holds one form: its heading with a close button, the API's field errors listed
// above the fields, a failure that is not about a field, and Save/Cancel below. The coordinator's
// forms (a course, a fika series) use it; it loads lazily with them, never with a tab's first page.
import { useId, type FormEvent, type ReactNode, type Ref } from "react";
import { Button, DrawerBody, DrawerFooter, DrawerHeader, DrawerHeaderTitle, OverlayDrawer, Spinner } from "@fluentui/react-components";
import { Dismiss24Regular } from "@fluentui/react-icons";
import { useT } from "../i18n";
import { ErrorState } from "./ErrorState";
import styles from "./FormDrawer.module.css";

export interface FieldError {
  field: string;
  message: string;
}

interface Props {
  open: boolean;
  heading: string;
  onClose: () => void;
  onSubmit: (event: FormEvent) => void;
  /** Saving: the save button shows a spinner and ignores clicks, but keeps its focus. */
  busy: boolean;
  submitLabel: string;
  cancelLabel: string;
  /** The API's field errors, listed under `errorSummary` as "label: message". */
  errors: readonly FieldError[];
  errorSummary: string;
  labelOf: (field: string) => string;
  /** A failure to save that names no field (null: none), shown under `failureTitle`. */
  failure: unknown;
  failureTitle: string;
  formRef?: Ref<HTMLFormElement>;
  /** Given, the summary can take focus, so a form can move focus to it and have it read out. */
  summaryRef?: Ref<HTMLDivElement>;
  children: ReactNode;
}

export function FormDrawer(props: Props) {
  const { open, heading, onClose, busy, errors, summaryRef } = props;
  const t = useT();
  const formId = useId();
  return (
    <OverlayDrawer open={open} position="end" size="medium" onOpenChange={(_, data) => !data.open && onClose()}>
      <DrawerHeader>
        <DrawerHeaderTitle action={<Button appearance="subtle" aria-label={t("action.close")} icon={<Dismiss24Regular />} onClick={onClose} />}>
          {heading}
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody>
        <form id={formId} ref={props.formRef} className={styles.form} onSubmit={props.onSubmit} noValidate>
          {errors.length > 0 && (
            <div ref={summaryRef} role="alert" tabIndex={summaryRef ? -1 : undefined} className={styles.summary}>
              <p className={styles.summaryTitle}>{props.errorSummary}</p>
              <ul className={styles.summaryList}>
                {errors.map((e, i) => (
                  <li key={i}>
                    {props.labelOf(e.field)}: {e.message}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {props.failure !== null && <ErrorState title={props.failureTitle} error={props.failure} />}
          {props.children}
        </form>
      </DrawerBody>
      <DrawerFooter>
        <Button appearance="primary" type="submit" form={formId} disabledFocusable={busy} icon={busy ? <Spinner size="tiny" aria-hidden /> : undefined}>
          {props.submitLabel}
        </Button>
        <Button onClick={onClose}>{props.cancelLabel}</Button>
      </DrawerFooter>
    </OverlayDrawer>
  );
}
