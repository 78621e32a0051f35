// A coordinator creates or edits a course (POST /api/courses, PUT /api/courses/{id}). Times are
// sent as Stockholm wall times ("2026-05-12T09:00"), which the API resolves; the API is the judge
// of what is valid, and its 400 errors (errors[].field) are shown at the fields and in a summary.
// A new course is a draft until it is published. Changing a published course announces the
// change: the coordinator first chooses who hears of it, with the count (AudiencePicker), and
// saving waits for it. Lazy: only loaded when the form is opened.
import { useRef, useState, type FormEvent } from "react";
import {
  COURSE_FORMATS, EDUCATION_AREAS, type Course, type CourseFormat, type CourseInput, type CourseLanguage,
  type EducationAreaId,
} from "@campus-westum/api/contract";
import { Button, Checkbox, Field, Input, Select, Textarea } from "@fluentui/react-components";
import { Add20Regular, Delete20Regular } from "@fluentui/react-icons";
import { ProblemError } from "../../api/ProblemError";
import { useCatalogueApi } from "../../api/useCatalogueApi";
import { courseProjectOptions, useProjects } from "../useProjects";
import { areaLabel, useLocale, type MessageId } from "../../i18n";
import { FormDrawer, type FieldError } from "../../shared/FormDrawer";
import form from "../../shared/formLayout.module.css";
import { useMemberNames } from "../memberNames";
import { AudiencePicker } from "./AudiencePicker";
import { ReceivingSitesField } from "./ReceivingSitesField";
import { receivingSitesRule, siteErrorPlace, siteInputs, siteName, siteRowsOf, type SiteRow } from "./receivingSites";
import styles from "./CourseForm.module.css";

interface SessionRow {
  key: number;
  id?: string;
  date: string;
  start: string;
  end: string;
  place: string;
  onlineUrl: string;
  hours: string;
}

interface FormState {
  title: string;
  description: string;
  providerMemberId: string;
  format: CourseFormat;
  /** Kept when the format changes, sent only for formats that take them. */
  receivingSites: SiteRow[];
  areas: EducationAreaId[];
  seats: string;
  audience: string;
  project: string;
  language: CourseLanguage;
  registrationDeadline: string;
  sessions: SessionRow[];
}

interface Props {
  open: boolean;
  /** null: a new course. */
  course: Course | null;
  onClose: () => void;
  onSaved: (course: Course) => void;
}

let nextKey = 1;
const emptySession = (): SessionRow => ({ key: nextKey++, date: "", start: "", end: "", place: "", onlineUrl: "", hours: "" });

/** The API's times carry the Stockholm offset, so their first characters are the Stockholm wall time. */
const wall = (iso: string) => iso.slice(0, 16);

function initialState(course: Course | null): FormState {
  if (!course) {
    return {
      title: "", description: "", providerMemberId: "", format: "on-site", receivingSites: [], areas: [], seats: "", audience: "", project: "",
      language: "sv", registrationDeadline: "", sessions: [emptySession()],
    };
  }
  return {
    title: course.title,
    description: course.description,
    providerMemberId: course.providerMemberId,
    format: course.format,
    receivingSites: siteRowsOf(course),
    areas: course.areas,
    seats: course.seats === null ? "" : String(course.seats),
    audience: course.audience,
    project: course.project ?? "",
    language: course.language,
    registrationDeadline: wall(course.registrationDeadline),
    sessions: course.sessions.map((s) => ({
      key: nextKey++,
      id: s.id,
      date: s.start.slice(0, 10),
      start: s.start.slice(11, 16),
      end: s.end.slice(11, 16),
      place: s.place ?? "",
      onlineUrl: s.onlineUrl ?? "",
      hours: String(s.hours),
    })),
  };
}

/** Numbers as typed ("2,5"); what is not a number is sent as it is typed so the API can say why. */
function toNumber(text: string): number {
  return Number(text.trim().replace(",", "."));
}

function toInput(state: FormState): CourseInput {
  return {
    title: state.title,
    description: state.description,
    providerMemberId: state.providerMemberId,
    areas: state.areas,
    format: state.format,
    receivingSites: siteInputs(state.receivingSites, state.format),
    // A live broadcast has seats per receiving site only (the field is hidden): no course-level pool.
    seats: !hasCoursePool(state.format) || state.seats.trim() === "" ? null : toNumber(state.seats),
    audience: state.audience,
    project: state.project || null,
    language: state.language,
    registrationDeadline: state.registrationDeadline,
    sessions: state.sessions.map((s) => ({
      ...(s.id ? { id: s.id } : {}),
      start: `${s.date}T${s.start}`,
      end: `${s.date}T${s.end}`,
      ...(s.place.trim() ? { place: s.place.trim() } : {}),
      ...(s.onlineUrl.trim() ? { onlineUrl: s.onlineUrl.trim() } : {}),
      ...(s.hours.trim() ? { hours: toNumber(s.hours) } : {}),
    })),
  };
}

const hasCoursePool = (format: CourseFormat) => format !== "live-broadcast";

const FIELD_LABELS: Record<string, MessageId> = {
  title: "courseForm.title",
  description: "courseForm.description",
  providerMemberId: "courseForm.provider",
  format: "courseForm.format",
  areas: "courseForm.areas",
  seats: "courseForm.seats",
  audience: "courseForm.audience",
  announcement: "audience.field",
  project: "courseForm.project",
  language: "courseForm.language",
  registrationDeadline: "courseForm.deadline",
  receivingSites: "courseForm.receivingSites",
  sessions: "courseForm.sessions",
  start: "courseForm.start",
  end: "courseForm.end",
  place: "courseForm.place",
  onlineUrl: "courseForm.onlineUrl",
  hours: "courseForm.hours",
};

export default function CourseForm({ open, course, onClose, onSaved }: Props) {
  const { locale, t } = useLocale();
  const api = useCatalogueApi();
  const members = useMemberNames();
  const projects = useProjects();
  const [state, setState] = useState(() => initialState(course));
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const summary = useRef<HTMLDivElement>(null);
  const announcesChange = course?.status === "published";
  const [audienceReady, setAudienceReady] = useState(false);

  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setState((s) => ({ ...s, [key]: value }));
  const setSession = (key: number, patch: Partial<SessionRow>) =>
    setState((s) => ({ ...s, sessions: s.sessions.map((row) => (row.key === key ? { ...row, ...patch } : row)) }));

  /** The API's message for a field (and anything beneath it, e.g. "areas.0"). */
  const errorOf = (field: string) => {
    const found = errors.filter((e) => e.field === field || e.field.startsWith(`${field}.`)).map((e) => e.message);
    return found.length > 0 ? found.join(" ") : undefined;
  };
  const fieldProps = (field: string) => {
    const message = errorOf(field);
    return message ? { validationMessage: message, validationState: "error" as const } : {};
  };
  const labelOf = (field: string) => {
    const site = siteErrorPlace(field);
    if (site && site.at !== "choice") {
      const row = state.receivingSites[site.row];
      const part = t(site.at === "room" ? "courseForm.siteRoom" : "courseForm.siteSeats");
      return row ? t("courseForm.siteField", { field: part, member: siteName(row, members) }) : t("courseForm.receivingSites");
    }
    const session = /^sessions\.(\d+)\.(\w+)/.exec(field);
    if (session) {
      const part = FIELD_LABELS[session[2]!];
      return t("courseForm.sessionField", { number: Number(session[1]) + 1, field: part ? t(part) : session[2]! });
    }
    const own = FIELD_LABELS[field.split(".")[0]!];
    return own ? t(own) : field;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (announcesChange && !audienceReady) {
      setErrors([{ field: "announcement", message: t("audience.notReady") }]);
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    setBusy(true);
    setErrors([]);
    setFailure(null);
    const input = toInput(state);
    (course ? api.updateCourse(course.id, input) : api.createCourse(input))
      .then(onSaved, (error: unknown) => {
        const listed = error instanceof ProblemError && error.status === 400 ? (error.problem.errors ?? []) : [];
        if (listed.length > 0) {
          setErrors(listed);
          // Move focus to the summary so the errors are read out and the form can be walked from there.
          requestAnimationFrame(() => summary.current?.focus());
        } else setFailure(error);
      })
      .finally(() => setBusy(false));
  };

  const sitesRule = receivingSitesRule(state.format);
  const heading = course ? t("courseForm.editHeading", { title: course.title }) : t("courseForm.newHeading");

  return (
    <FormDrawer
      open={open}
      heading={heading}
      onClose={onClose}
      onSubmit={submit}
      busy={busy}
      submitLabel={course ? t("courseForm.save") : t("courseForm.create")}
      cancelLabel={t("courseForm.cancel")}
      errors={errors}
      errorSummary={t("courseForm.errorSummary", { count: errors.length })}
      labelOf={labelOf}
      failure={failure}
      failureTitle={failure instanceof ProblemError && failure.problem.title ? failure.problem.title : t("courseForm.saveFailed")}
      summaryRef={summary}
    >
      {course?.status === "draft" || !course ? <p className={form.hint}>{t("courseForm.draftHint")}</p> : null}

      <Field label={t("courseForm.title")} required {...fieldProps("title")}>
        <Input value={state.title} maxLength={200} onChange={(_, d) => set("title", d.value)} />
      </Field>
      <Field label={t("courseForm.description")} {...fieldProps("description")}>
        <Textarea value={state.description} rows={4} maxLength={8000} resize="vertical" onChange={(_, d) => set("description", d.value)} />
      </Field>
      <Field label={t("courseForm.provider")} required {...fieldProps("providerMemberId")}>
        <Select value={state.providerMemberId} disabled={members === null} onChange={(_, d) => set("providerMemberId", d.value)}>
          <option value="">{members === null ? t("courseForm.loadingMembers") : t("courseForm.chooseProvider")}</option>
          {(members ?? []).map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("courseForm.format")} required {...fieldProps("format")}>
        <Select value={state.format} onChange={(_, d) => set("format", d.value as CourseFormat)}>
          {COURSE_FORMATS.map((f) => (
            <option key={f.id} value={f.id}>
              {f[locale]}
            </option>
          ))}
        </Select>
      </Field>
      {sitesRule !== "none" && (
        <ReceivingSitesField
          required={sitesRule === "required"}
          rows={state.receivingSites}
          members={members}
          errors={errors}
          onChange={(rows) => set("receivingSites", rows)}
        />
      )}
      <fieldset className={form.fieldset}>
        <legend className={form.legend}>{t("courseForm.areas")}</legend>
        <div className={styles.areas}>
          {EDUCATION_AREAS.map((area) => (
            <Checkbox
              key={area.id}
              label={areaLabel(area.id, locale)}
              checked={state.areas.includes(area.id)}
              onChange={(_, d) => set("areas", d.checked ? [...state.areas, area.id] : state.areas.filter((a) => a !== area.id))}
            />
          ))}
        </div>
        {errorOf("areas") && <p className={form.error}>{errorOf("areas")}</p>}
      </fieldset>
      <div className={form.row}>
        {hasCoursePool(state.format) && (
          <Field label={t("courseForm.seats")} hint={t("courseForm.seatsHint")} {...fieldProps("seats")}>
            <Input type="number" min={0} value={state.seats} onChange={(_, d) => set("seats", d.value)} />
          </Field>
        )}
        <Field label={t("courseForm.deadline")} required {...fieldProps("registrationDeadline")}>
          <Input type="datetime-local" value={state.registrationDeadline} onChange={(_, d) => set("registrationDeadline", d.value)} />
        </Field>
      </div>
      <div className={form.row}>
        <Field label={t("courseForm.project")} {...(projects.status === "error" ? { hint: t("projects.failed") } : {})} {...fieldProps("project")}>
          <Select value={state.project} onChange={(_, d) => set("project", d.value)}>
            <option value="">{t("courseForm.noProject")}</option>
            {courseProjectOptions(projects.status === "ready" ? projects.value : [], t, state.project).map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("courseForm.language")} {...fieldProps("language")}>
          <Select value={state.language} onChange={(_, d) => set("language", d.value as CourseLanguage)}>
            <option value="sv">{t("courseForm.languageSv")}</option>
            <option value="en">{t("courseForm.languageEn")}</option>
          </Select>
        </Field>
      </div>
      <Field label={t("courseForm.audience")} {...fieldProps("audience")}>
        <Input value={state.audience} maxLength={1000} onChange={(_, d) => set("audience", d.value)} />
      </Field>

      <fieldset className={form.fieldset}>
        <legend className={form.legend}>{t("courseForm.sessions")}</legend>
        {state.sessions.length === 0 && <p className={form.hint}>{t("courseForm.noSessions")}</p>}
        {state.sessions.map((row, i) => {
          const n = i + 1;
          const label = (id: MessageId) => t("courseForm.sessionField", { number: n, field: t(id) });
          const at = (part: string) => fieldProps(`sessions.${i}.${part}`);
          return (
            <div key={row.key} role="group" aria-label={t("courseForm.sessionNumber", { number: n })} className={styles.session}>
              <Field label={label("courseForm.date")} required {...at("start")}>
                <Input type="date" value={row.date} onChange={(_, d) => setSession(row.key, { date: d.value })} />
              </Field>
              <Field label={label("courseForm.start")} required>
                <Input type="time" value={row.start} onChange={(_, d) => setSession(row.key, { start: d.value })} />
              </Field>
              <Field label={label("courseForm.end")} required {...at("end")}>
                <Input type="time" value={row.end} onChange={(_, d) => setSession(row.key, { end: d.value })} />
              </Field>
              <Field label={label("courseForm.hours")} hint={t("courseForm.hoursHint")} {...at("hours")}>
                <Input inputMode="decimal" value={row.hours} onChange={(_, d) => setSession(row.key, { hours: d.value })} />
              </Field>
              <Field label={label("courseForm.place")} {...at("place")}>
                <Input value={row.place} maxLength={300} onChange={(_, d) => setSession(row.key, { place: d.value })} />
              </Field>
              <Field label={label("courseForm.onlineUrl")} {...at("onlineUrl")}>
                <Input type="url" value={row.onlineUrl} onChange={(_, d) => setSession(row.key, { onlineUrl: d.value })} />
              </Field>
              {errorOf(`sessions.${i}.id`) && <p className={form.error}>{errorOf(`sessions.${i}.id`)}</p>}
              <Button
                className={styles.remove}
                icon={<Delete20Regular />}
                onClick={() => set("sessions", state.sessions.filter((s) => s.key !== row.key))}
              >
                {t("courseForm.removeSession", { number: n })}
              </Button>
            </div>
          );
        })}
        <Button className={styles.add} icon={<Add20Regular />} onClick={() => set("sessions", [...state.sessions, emptySession()])}>
          {t("courseForm.addSession")}
        </Button>
      </fieldset>
      {announcesChange && <AudiencePicker courseId={course.id} event="change" onReady={setAudienceReady} />}
    </FormDrawer>
  );
}
