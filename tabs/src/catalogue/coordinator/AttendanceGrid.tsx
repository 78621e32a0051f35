// Attendance as hours per session per registered person: a table of inputs (quarter hours, at
// most the session's hours), checked as typed with the API's rules, saved in one PUT with only
// the cells that changed. Waitlisted and cancelled people have no seat, so no row here.
import { useId, useMemo, useState } from "react";
import type { Course, Registration } from "@campus-westum/api/contract";
import { Button, Spinner } from "@fluentui/react-components";
import { useCatalogueApi } from "../../api/useCatalogueApi";
import { useLocale, type MessageId } from "../../i18n";
import { EmptyState } from "../../shared/EmptyState";
import { ErrorState } from "../../shared/ErrorState";
import { cx } from "../../shared/cx";
import { formatHours, formatSessionDay, formatSessionTime } from "../courseDates";
import { hoursText, parseHours, type HoursCheck } from "./hoursInput";
import styles from "./AttendanceGrid.module.css";

interface Props {
  course: Course;
  registrations: Registration[];
  onSaved: (updated: Registration[]) => void;
}

const PROBLEM_TEXT: Record<Exclude<HoursCheck, { ok: true }>["problem"], MessageId> = {
  "not-a-number": "attendance.notANumber",
  negative: "attendance.negative",
  "not-quarter": "attendance.notQuarter",
  "exceeds-session": "attendance.exceedsSession",
};

const cellKey = (registrationId: string, sessionId: string) => `${registrationId}/${sessionId}`;

export function AttendanceGrid({ course, registrations, onSaved }: Props) {
  const { locale, t } = useLocale();
  const api = useCatalogueApi();
  const captionId = useId();
  const decimalComma = locale === "sv";
  const people = useMemo(() => registrations.filter((r) => r.status === "registered").sort((a, b) => a.person.name.localeCompare(b.person.name, "sv")), [registrations]);
  const recorded = (r: Registration, sessionId: string) => r.attendance.find((a) => a.sessionId === sessionId)?.hours ?? 0;
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState("");

  const textOf = (r: Registration, sessionId: string) => edits[cellKey(r.id, sessionId)] ?? hoursText(recorded(r, sessionId), decimalComma);
  const checks = people.flatMap((r) =>
    course.sessions.map((s) => ({ registration: r, session: s, check: parseHours(textOf(r, s.id), s.hours) })),
  );
  const invalid = checks.filter((c) => !c.check.ok);
  const changed = checks.filter((c) => c.check.ok && c.check.hours !== recorded(c.registration, c.session.id));

  const save = () => {
    if (invalid.length > 0 || changed.length === 0) return;
    setSaving(true);
    setError(null);
    setSaved("");
    const entries = changed.map((c) => ({ registrationId: c.registration.id, sessionId: c.session.id, hours: (c.check as { hours: number }).hours }));
    api
      .recordAttendance(course.id, { entries })
      .then((updated) => {
        onSaved(updated);
        setEdits({});
        setSaved(t("attendance.saved", { count: entries.length }));
      }, setError)
      .finally(() => setSaving(false));
  };
  const fillFull = () => {
    const next: Record<string, string> = { ...edits };
    for (const r of people) for (const s of course.sessions) next[cellKey(r.id, s.id)] = hoursText(s.hours, decimalComma);
    setEdits(next);
  };

  if (course.sessions.length === 0) return <EmptyState title={t("attendance.noSessions")} />;
  if (people.length === 0) return <EmptyState title={t("attendance.nobody")} />;

  return (
    <section className={styles.section} aria-labelledby={captionId}>
      <div className={styles.scroller}>
        <table className={styles.table}>
          <caption id={captionId} className={styles.caption}>
            {t("attendance.caption", { count: people.length })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("attendance.person")}</th>
              {course.sessions.map((s, i) => (
                <th scope="col" key={s.id}>
                  <span className={styles.sessionName}>{t("attendance.session", { number: i + 1 })}</span>
                  <span className={styles.sessionWhen}>
                    {formatSessionDay(s.start, locale)} {formatSessionTime(s.start, s.end, locale)}
                  </span>
                  <span className={styles.sessionWhen}>{t("attendance.max", { hours: formatHours(s.hours, locale) })}</span>
                </th>
              ))}
              <th scope="col">{t("attendance.total")}</th>
            </tr>
          </thead>
          <tbody>
            {people.map((r) => {
              const total = course.sessions.reduce((sum, s) => {
                const check = parseHours(textOf(r, s.id), s.hours);
                return sum + (check.ok ? check.hours : 0);
              }, 0);
              return (
                <tr key={r.id}>
                  <th scope="row" className={styles.person}>
                    {r.person.name}
                    <span className={styles.email}>{r.person.email}</span>
                  </th>
                  {course.sessions.map((s, i) => {
                    const key = cellKey(r.id, s.id);
                    const check = parseHours(textOf(r, s.id), s.hours);
                    const errorId = `${captionId}-${r.id}-${s.id}`;
                    return (
                      <td key={s.id}>
                        <input
                          className={cx(styles.input, !check.ok && styles.invalid)}
                          inputMode="decimal"
                          autoComplete="off"
                          value={textOf(r, s.id)}
                          aria-label={t("attendance.cellLabel", { name: r.person.name, number: i + 1 })}
                          aria-invalid={!check.ok}
                          aria-describedby={check.ok ? undefined : errorId}
                          onChange={(event) => setEdits({ ...edits, [key]: event.target.value })}
                        />
                        {!check.ok && (
                          <span id={errorId} className={styles.error}>
                            {t(PROBLEM_TEXT[check.problem], { hours: formatHours(s.hours, locale) })}
                          </span>
                        )}
                      </td>
                    );
                  })}
                  <td className={styles.total}>{formatHours(total, locale)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={save} disabledFocusable={saving || invalid.length > 0 || changed.length === 0} icon={saving ? <Spinner size="tiny" aria-hidden /> : undefined}>
          {t("attendance.save")}
        </Button>
        <Button onClick={fillFull}>{t("attendance.fillFull")}</Button>
        {Object.keys(edits).length > 0 && <Button appearance="subtle" onClick={() => setEdits({})}>{t("attendance.undo")}</Button>}
        <p role="status" className={styles.note}>
          {invalid.length > 0 ? t("attendance.invalidCount", { count: invalid.length }) : changed.length > 0 ? t("attendance.unsaved", { count: changed.length }) : saved}
        </p>
      </div>
      {error !== null && <ErrorState title={t("attendance.failed")} error={error} onRetry={save} />}
    </section>
  );
}
