// One course for a coordinator: its status with publish and cancel, exports (CSV, XLSX), the
// attendance grid of the registered, each registration's member (and how it was decided), and
// who is waitlisted or has cancelled. Publishing and cancelling first ask who the announcement
// reaches (AudiencePicker), with the count before the confirm button.
import { useId, useState } from "react";
import type { Course, Registration } from "@campus-westum/api/contract";
import { Button, Field, Input, Spinner } from "@fluentui/react-components";
import { Edit20Regular } from "@fluentui/react-icons";
import { ProblemError } from "../../api/ProblemError";
import { useCatalogueApi } from "../../api/useCatalogueApi";
import { formatNumber, useLocale } from "../../i18n";
import { courseStatusLabel } from "../courseLabels";
import { ErrorState } from "../../shared/ErrorState";
import { ExportButtons } from "../../shared/ExportButtons";
import { LoadingState } from "../../shared/LoadingState";
import { LinkButton } from "../../shared/TextLink";
import { useLoad } from "../useLoad";
import { AttendanceGrid } from "./AttendanceGrid";
import { AudiencePicker } from "./AudiencePicker";
import { RegistrationMembers } from "./RegistrationMembers";
import styles from "./CourseAdmin.module.css";

interface Props {
  courseId: string;
  onOpen: (courseId: string, title: string) => void;
  onEdit: (course: Course) => void;
}

export function CourseAdmin({ courseId, onOpen, onEdit }: Props) {
  const { t } = useLocale();
  const api = useCatalogueApi();
  const [course, retryCourse, replaceCourse] = useLoad((signal) => api.getCourse(courseId, signal), [api, courseId]);
  const [registrations, retryRegistrations, replaceRegistrations] = useLoad((signal) => api.listRegistrations(courseId, signal), [api, courseId]);

  if (course.status === "loading" || registrations.status === "loading") return <LoadingState label={t("manage.loading")} />;
  if (course.status === "error") return <ErrorState title={t("course.failed")} error={course.error} onRetry={retryCourse} />;
  if (registrations.status === "error") return <ErrorState title={t("manage.registrationsFailed")} error={registrations.error} onRetry={retryRegistrations} />;

  const merge = (updated: Registration[]) =>
    replaceRegistrations(registrations.value.map((r) => updated.find((u) => u.id === r.id) ?? r));

  return (
    <div className={styles.admin}>
      <CourseStatusBar course={course.value} onChanged={replaceCourse} onOpen={onOpen} onEdit={onEdit} />
      <ExportButtons fetchFile={(format) => api.exportCourse(courseId, format)} />
      <AttendanceGrid course={course.value} registrations={registrations.value} onSaved={merge} />
      <RegistrationMembers courseId={courseId} registrations={registrations.value} onChanged={(updated) => merge([updated])} />
      <OthersList registrations={registrations.value} />
    </div>
  );
}

function CourseStatusBar({ course, onChanged, onOpen, onEdit }: { course: Course; onChanged: (c: Course) => void; onOpen: Props["onOpen"]; onEdit: Props["onEdit"] }) {
  const { locale, t } = useLocale();
  const api = useCatalogueApi();
  const [busy, setBusy] = useState<"publish" | "cancel" | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [cancelling, setCancelling] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const [audienceReady, setAudienceReady] = useState(false);
  const [reason, setReason] = useState("");

  const act = (which: "publish" | "cancel") => {
    setBusy(which);
    setError(null);
    (which === "publish" ? api.publishCourse(course.id) : api.cancelCourse(course.id, reason.trim()))
      .then((updated) => {
        onChanged(updated);
        setCancelling(false);
        setPublishing(false);
      }, setError)
      .finally(() => setBusy(null));
  };
  const spinner = (which: "publish" | "cancel") => (busy === which ? <Spinner size="tiny" aria-hidden /> : undefined);

  return (
    <div className={styles.statusBar}>
      <h3 className={styles.title}>
        <LinkButton onClick={() => onOpen(course.id, course.title)}>{course.title}</LinkButton>
      </h3>
      <p role="status" className={styles.status}>
        {t("manage.status", { status: courseStatusLabel(course.status, locale) })}
      </p>
      <div className={styles.buttons}>
        {course.status !== "cancelled" && (
          <Button icon={<Edit20Regular />} onClick={() => onEdit(course)}>
            {t("manage.editCourse")}
          </Button>
        )}
        {course.status === "draft" && !publishing && (
          <Button appearance="primary" onClick={() => (setPublishing(true), setCancelling(false))}>
            {t("manage.publish")}
          </Button>
        )}
        {course.status !== "cancelled" && !cancelling && <Button onClick={() => (setCancelling(true), setPublishing(false))}>{t("manage.cancelCourse")}</Button>}
      </div>
      {publishing && (
        <div className={styles.cancelForm}>
          <AudiencePicker courseId={course.id} event="publish" onReady={setAudienceReady} />
          <div className={styles.buttons}>
            <Button appearance="primary" onClick={() => act("publish")} disabledFocusable={busy !== null || !audienceReady} icon={spinner("publish")}>
              {t("manage.publishConfirm")}
            </Button>
            <Button onClick={() => setPublishing(false)}>{t("registration.cancelNo")}</Button>
          </div>
        </div>
      )}
      {cancelling && (
        <div className={styles.cancelForm}>
          <Field label={t("manage.cancelReason")} hint={t("manage.cancelReasonHint")}>
            <Input value={reason} maxLength={500} onChange={(_, data) => setReason(data.value)} />
          </Field>
          <AudiencePicker courseId={course.id} event="cancel" onReady={setAudienceReady} />
          <div className={styles.buttons}>
            <Button appearance="primary" onClick={() => act("cancel")} disabledFocusable={busy !== null || !audienceReady} icon={spinner("cancel")}>
              {t("manage.cancelConfirm")}
            </Button>
            <Button onClick={() => setCancelling(false)}>{t("registration.cancelNo")}</Button>
          </div>
        </div>
      )}
      {error !== null && (
        <ErrorState title={error instanceof ProblemError && error.problem.title ? error.problem.title : t("manage.actionFailed")} error={error} />
      )}
    </div>
  );
}

function OthersList({ registrations }: { registrations: Registration[] }) {
  const { locale, t } = useLocale();
  const headingId = useId();
  const waitlisted = registrations.filter((r) => r.status === "waitlisted").sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
  const cancelled = registrations.filter((r) => r.status === "cancelled");
  if (waitlisted.length === 0 && cancelled.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className={styles.others}>
      <h3 id={headingId} className={styles.subheading}>
        {t("manage.others")}
      </h3>
      <ul className={styles.othersList}>
        {waitlisted.map((r) => (
          <li key={r.id}>{t("manage.waitlistedPerson", { name: r.person.name, position: formatNumber(r.position ?? 0, locale) })}</li>
        ))}
        {cancelled.map((r) => (
          <li key={r.id}>{t("manage.cancelledPerson", { name: r.person.name })}</li>
        ))}
      </ul>
    </section>
  );
}
