// "Add to calendar" (the course's .ics with every session: fetched with the bearer token, saved
// from a Blob) and "share": Teams' share dialog where the host declares one (sharing.isSupported()),
// else the link copied.
import { useState } from "react";
import type { Course } from "@campus-westum/api/contract";
import { Button, Input, Spinner } from "@fluentui/react-components";
import { CalendarAdd20Regular, Share20Regular } from "@fluentui/react-icons";
import { useCatalogueApi } from "../api/useCatalogueApi";
import { useT } from "../i18n";
import { ErrorState } from "../shared/ErrorState";
import { saveFile } from "../shared/saveFile";
import { useTeams } from "../teams";
import { courseShareUrl } from "./courseLink";
import styles from "./CourseActions.module.css";

type ShareState = "idle" | "shared" | "copied" | "manual";

export function CourseActions({ course }: { course: Course }) {
  const t = useT();
  const api = useCatalogueApi();
  const teams = useTeams();
  const [downloading, setDownloading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [share, setShare] = useState<ShareState>("idle");
  const link = courseShareUrl(course.id, teams.context);

  const addToCalendar = () => {
    setDownloading(true);
    setError(null);
    api
      .courseCalendar(course.id)
      .then(saveFile, setError)
      .finally(() => setDownloading(false));
  };

  const shareCourse = async () => {
    setShare("idle");
    try {
      if (teams.canShare && (await teams.shareLink(link, course.title))) {
        setShare("shared");
        return;
      }
    } catch (caught) {
      console.warn("Sharing through Teams failed; copying the link instead", caught);
    }
    try {
      await navigator.clipboard.writeText(link);
      setShare("copied");
    } catch {
      setShare("manual"); // no clipboard in this frame: show the link to copy by hand
    }
  };

  return (
    <section className={styles.section} aria-label={t("courseActions.label")}>
      <div className={styles.buttons}>
        {course.sessions.length > 0 && (
          <Button
            icon={downloading ? <Spinner size="tiny" aria-hidden /> : <CalendarAdd20Regular />}
            disabledFocusable={downloading}
            onClick={addToCalendar}
          >
            {t("courseActions.calendar")}
          </Button>
        )}
        <Button icon={<Share20Regular />} onClick={() => void shareCourse()}>
          {teams.canShare ? t("courseActions.shareTeams") : t("courseActions.copyLink")}
        </Button>
      </div>
      <p role="status" className={styles.status}>
        {share === "shared" ? t("courseActions.shared") : share === "copied" ? t("courseActions.copied") : ""}
      </p>
      {share === "manual" && (
        <Input className={styles.link} readOnly value={link} aria-label={t("courseActions.linkLabel")} onFocus={(event) => event.target.select()} />
      )}
      {error !== null && <ErrorState title={t("courseActions.calendarFailed")} error={error} onRetry={addToCalendar} />}
    </section>
  );
}
