// Attendance hours as typed in the grid ("1,5", "1.5", "", "2") checked the way the API checks
// them (recordAttendance: not negative, whole quarter hours, at most the session's hours), so the
// grid can say what is wrong before anything is sent.
export type HoursCheck = { ok: true; hours: number } | { ok: false; problem: "not-a-number" | "negative" | "not-quarter" | "exceeds-session" };

export function parseHours(text: string, sessionHours: number): HoursCheck {
  const trimmed = text.trim().replace(",", ".");
  if (trimmed === "") return { ok: true, hours: 0 };
  if (!/^-?\d*(\.\d*)?$/.test(trimmed) || trimmed === "." || trimmed === "-") return { ok: false, problem: "not-a-number" };
  const hours = Number(trimmed);
  if (!Number.isFinite(hours)) return { ok: false, problem: "not-a-number" };
  if (hours < 0) return { ok: false, problem: "negative" };
  if (Math.abs(hours * 4 - Math.round(hours * 4)) > 1e-9) return { ok: false, problem: "not-quarter" };
  if (hours > sessionHours + 1e-9) return { ok: false, problem: "exceeds-session" };
  return { ok: true, hours };
}

/** How the grid shows recorded hours: empty for none, the locale's decimal sign otherwise. */
export function hoursText(hours: number | undefined, decimalComma: boolean): string {
  if (!hours) return "";
  const text = String(hours);
  return decimalComma ? text.replace(".", ",") : text;
}
