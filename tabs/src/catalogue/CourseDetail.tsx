// A course in full, in a side drawer: description, sessions, seats left per receiving site, the
// user's own registration (register, waitlist position, cancel), add to calendar and share; for
// coordinators a way to its registrations and attendance. Loaded lazily: most visits never open it.
import { useCallback } from "react";
import type { Course, MyRegistration } from "@campus-westum/api/contract";
import { Button, DrawerBody, DrawerHeader, DrawerHeaderTitle, OverlayDrawer } from "@fluentui/react-components";
import { Dismiss24Regular, PeopleList20Regular } from "@fluentui/react-icons";
import { useCatalogueApi } from "../api/useCatalogueApi";
import { areaLabel, useLocale } from "../i18n";
import { courseFormatLabel, courseStatusLabel } from "./courseLabels";
import { ErrorState } from "../shared/ErrorState";
import { LoadingState } from "../shared/LoadingState";
import { Pill } from "../shared/Pill";
import { formatDeadline } from "./courseDates";
import { CourseActions } from "./CourseActions";
import type { MemberName } from "./memberNames";
import { RegistrationPanel } from "./RegistrationPanel";
import { SeatList } from "./SeatList";
import { SessionList } from "./SessionList";
import { SharePointConflictNotice } from "./SharePointConflictNotice";
import { useLoad } from "./useLoad";
import facts from "../shared/facts.module.css";
import styles from "./CourseDetail.module.css";

interface Props {
  courseId: string;
  /** Shown while the course loads. */
  title: string;
  open: boolean;
  coordinator: boolean;
  memberNames: MemberName[] | null;
  /** The member the directory knows the user by (GET /api/me); absent: she declares it. */
  knownMemberId: string | undefined;
  onClose: () => void;
  onRegistrationsChange: () => void;
  onManage: (courseId: string) => void;
}

export default function CourseDetail({ courseId, title, open, coordinator, memberNames, knownMemberId, onClose, onRegistrationsChange, onManage }: Props) {
  const { t } = useLocale();
  const api = useCatalogueApi();
  const [course, retryCourse, replaceCourse] = useLoad((signal) => api.getCourse(courseId, signal), [api, courseId]);
  const [mine, retryMine, replaceMine] = useLoad((signal) => api.myRegistrations(signal), [api, courseId]);

  // After a registration or cancellation the seats changed too: fetch both again, in place (the
  // panel keeps its "you are registered" message on screen meanwhile).
  const changed = useCallback(() => {
    api.getCourse(courseId).then(replaceCourse, () => retryCourse());
    api.myRegistrations().then(replaceMine, () => retryMine());
    onRegistrationsChange();
  }, [api, courseId, replaceCourse, retryCourse, replaceMine, retryMine, onRegistrationsChange]);

  const shownTitle = course.status === "ready" ? course.value.title : title;
  return (
    <OverlayDrawer open={open} position="end" size="medium" onOpenChange={(_, data) => !data.open && onClose()}>
      <DrawerHeader>
        <DrawerHeaderTitle action={<Button appearance="subtle" aria-label={t("action.close")} icon={<Dismiss24Regular />} onClick={onClose} />}>
          {shownTitle || t("course.loading")}
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody className={styles.body}>
        {course.status === "loading" && <LoadingState label={t("course.loading")} />}
        {course.status === "error" && <ErrorState title={t("course.failed")} error={course.error} onRetry={retryCourse} />}
        {course.status === "ready" && (
          <>
            <CourseContent course={course.value} />
            <section className={styles.section} aria-labelledby="course-registration-heading">
              <h3 id="course-registration-heading" className={styles.heading}>
                {t("registration.heading")}
              </h3>
              {mine.status === "loading" && <LoadingState label={t("registration.loading")} />}
              {mine.status === "error" && <ErrorState title={t("registration.failedToLoad")} error={mine.error} onRetry={retryMine} />}
              {mine.status === "ready" && (
                <RegistrationPanel
                  course={course.value}
                  mine={activeRegistration(mine.value, courseId)}
                  memberNames={memberNames}
                  knownMemberId={knownMemberId}
                  onChanged={changed}
                />
              )}
            </section>
            <CourseActions course={course.value} />
            {coordinator && (
              <Button className={styles.manage} icon={<PeopleList20Regular />} onClick={() => onManage(courseId)}>
                {t("course.manage")}
              </Button>
            )}
          </>
        )}
      </DrawerBody>
    </OverlayDrawer>
  );
}

function activeRegistration(mine: MyRegistration[], courseId: string): MyRegistration["registration"] | null {
  return mine.find((m) => m.course.id === courseId && m.registration.status !== "cancelled")?.registration ?? null;
}

function CourseContent({ course }: { course: Course }) {
  const { locale, t } = useLocale();
  return (
    <>
      {(course.status !== "published" || course.sample) && (
        <div className={styles.pills}>
          {course.status !== "published" && <Pill>{courseStatusLabel(course.status, locale)}</Pill>}
          {course.sample && <Pill>{t("member.sample")}</Pill>}
        </div>
      )}
      {course.status === "cancelled" && (
        <p className={styles.cancelled} role="note">
          {course.cancellationReason ? t("course.cancelledBecause", { reason: course.cancellationReason }) : t("course.cancelled")}
        </p>
      )}
      {course.sharepointConflict && <SharePointConflictNotice conflict={course.sharepointConflict} />}
      {course.sharepointRegistrationConflict && <SharePointConflictNotice conflict={course.sharepointRegistrationConflict} of="registrations" />}
      {course.description && <p className={styles.text}>{course.description}</p>}
      <dl className={facts.facts}>
        <dt>{t("course.provider")}</dt>
        <dd>{course.providerName}</dd>
        <dt>{t("course.format")}</dt>
        <dd>{courseFormatLabel(course.format, locale)}</dd>
        {course.areas.length > 0 && (
          <>
            <dt>{t("member.areas")}</dt>
            <dd>{course.areas.map((a) => areaLabel(a, locale)).join(", ")}</dd>
          </>
        )}
        {course.needsDemand && course.needsDemand.members > 0 && (
          <>
            <dt>{t("course.needsDemand")}</dt>
            <dd>{t("course.needsDemandValue", { members: course.needsDemand.members, round: course.needsDemand.roundTitle })}</dd>
          </>
        )}
        {course.project && (
          <>
            <dt>{t("courseFacets.project")}</dt>
            <dd>{course.project}</dd>
          </>
        )}
        {course.audience && (
          <>
            <dt>{t("course.audience")}</dt>
            <dd>{course.audience}</dd>
          </>
        )}
        <dt>{t("course.language")}</dt>
        <dd>{t(course.language === "sv" ? "course.languageSv" : "course.languageEn")}</dd>
        <dt>{t("course.deadline")}</dt>
        <dd>{formatDeadline(course.registrationDeadline, locale)}</dd>
      </dl>
      <section className={styles.section} aria-labelledby="course-sessions-heading">
        <h3 id="course-sessions-heading" className={styles.heading}>
          {t("course.sessions")}
        </h3>
        <SessionList sessions={course.sessions} />
      </section>
      <section className={styles.section} aria-labelledby="course-seats-heading">
        <h3 id="course-seats-heading" className={styles.heading}>
          {t("course.seatsHeading")}
        </h3>
        <SeatList availability={course.availability} />
      </section>
    </>
  );
}
