// Coordinators' course administration: pick any course (drafts, cancelled and past ones too),
// then publish or cancel it, see its registrations, record attendance and export them.
import { lazy, Suspense, useId, useMemo, useState } from "react";
import { COURSE_STATUSES, MAX_PAGE_SIZE, type Course } from "@campus-westum/api/contract";
import { Button, Field, Select } from "@fluentui/react-components";
import { Add20Regular } from "@fluentui/react-icons";
import { useLocale } from "../../i18n";
import { courseStatusLabel } from "../courseLabels";
import { ErrorState } from "../../shared/ErrorState";
import { LoadingState } from "../../shared/LoadingState";
import { formatCourseSpan, stockholmToday } from "../courseDates";
import { useCourseSearch } from "../useCourseSearch";
import { CourseAdmin } from "./CourseAdmin";
import view from "../../shared/viewSection.module.css";
import styles from "./ManageCourses.module.css";

/** The create/edit form is its own chunk: most visits never open it. */
const CourseForm = lazy(() => import("./CourseForm"));

const ALL_STATUSES = COURSE_STATUSES.map((s) => s.id);
/** Attendance is recorded after the fact: the picker reaches a year back. */
const DAYS_BACK = 365;

interface Props {
  courseId: string | null;
  onCourseChange: (courseId: string | null) => void;
  onOpen: (courseId: string, title: string) => void;
}

export default function ManageCourses({ courseId, onCourseChange, onOpen }: Props) {
  const { locale, t } = useLocale();
  const from = useMemo(() => stockholmToday(new Date(Date.now() - DAYS_BACK * 86_400_000)), []);
  const courses = useCourseSearch(useMemo(() => ({ from }), [from]), MAX_PAGE_SIZE, ALL_STATUSES);
  const headingId = useId();
  /**
   * The form: a new course (null) or the course being edited. It stays mounted once closed so the
   * drawer can close itself (and give the page back to assistive technology); `key` starts afresh.
   */
  const [form, setForm] = useState<{ course: Course | null; key: number; open: boolean } | null>(null);
  const openForm = (course: Course | null) => setForm((f) => ({ course, key: (f?.key ?? 0) + 1, open: true }));
  const closeForm = () => setForm((f) => f && { ...f, open: false });
  /** Bumped after a save, so the open course is read again. */
  const [version, setVersion] = useState(0);
  const [saved, setSaved] = useState<string | null>(null);

  const onSaved = (course: Course) => {
    closeForm();
    setSaved(course.title);
    courses.retry();
    setVersion((v) => v + 1);
    onCourseChange(course.id);
  };

  return (
    <section className={view.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={view.heading}>
        {t("manage.heading")}
      </h2>
      <div className={view.toolbar}>
        <Button icon={<Add20Regular />} onClick={() => openForm(null)}>
          {t("manage.newCourse")}
        </Button>
        <p role="status" className={view.saved}>
          {saved !== null ? t("manage.saved", { title: saved }) : ""}
        </p>
      </div>
      {courses.error ? (
        <ErrorState title={t("courses.failed")} error={courses.error} onRetry={courses.retry} />
      ) : !courses.result ? (
        <LoadingState label={t("courses.loading")} />
      ) : (
        <Field label={t("manage.course")} className={styles.picker}>
          <Select
            value={courseId ?? ""}
            onChange={(_, data) => {
              setSaved(null);
              onCourseChange(data.value || null);
            }}
          >
            <option value="">{t("manage.chooseCourse")}</option>
            {courses.items.map((course) => (
              <option key={course.id} value={course.id}>
                {course.title}
                {course.firstStart && course.lastEnd ? ` – ${formatCourseSpan(course.firstStart, course.lastEnd, locale)}` : ""}
                {course.status !== "published" ? ` (${courseStatusLabel(course.status, locale)})` : ""}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {courseId && (
        <CourseAdmin key={`${courseId}#${version}`} courseId={courseId} onOpen={onOpen} onEdit={openForm} />
      )}
      {form && (
        <Suspense fallback={null}>
          <CourseForm key={form.key} open={form.open} course={form.course} onClose={closeForm} onSaved={onSaved} />
        </Suspense>
      )}
    </section>
  );
}
