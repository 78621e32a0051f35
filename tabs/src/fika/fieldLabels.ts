// The fika form's fields by the names the API gives them (errors[].field, an invalid series' field).
import type { MessageId } from "../i18n";

export const FIKA_FIELD_LABELS: Record<string, MessageId> = {
  title: "fika.form.title",
  rrule: "fika.form.recurrence",
  firstDate: "fika.form.firstDate",
  time: "fika.form.time",
  durationMinutes: "fika.form.duration",
  joinUrl: "fika.form.joinUrl",
  active: "fika.form.active",
  audience: "audience.field",
};
