// The answer form's state, apart from React: what the form holds while someone types (numbers as the
// text typed), how an answer becomes that state, what is sent (NeedsAnswerInput), and the mistakes the
// tab can name before anything is sent (the API checks them all again and more).
import {
  MAX_NEED_PARTICIPANTS,
  MAX_NEEDS_PER_ANSWER,
  type CourseFormat,
  type EducationAreaId,
  type Need,
  type NeedsAnswer,
  type NeedsAnswerInput,
  type NeedsAudience,
} from "@campus-westum/api/contract";

export interface NeedRow {
  /** Keeps a row's inputs (and focus) in place when another row is removed. */
  key: number;
  area: EducationAreaId | "";
  audience: NeedsAudience;
  format: CourseFormat;
  participants: string;
  note: string;
}

export interface AnswerFormState {
  rows: NeedRow[];
  comment: string;
  /** The stored version the editor started from (sent back so a newer save is noticed: 409). */
  version: number;
}

/** A mistake at a field, named like the API's errors[].field ("needs.0.participants"). */
export interface FormProblem {
  field: string;
  problem: "area-missing" | "duplicate" | "participants" | "too-many";
}

let nextKey = 1;
const rowOf = (need: Need): NeedRow => ({
  key: nextKey++,
  area: need.area,
  audience: need.audience,
  format: need.format,
  participants: String(need.participants),
  note: need.note ?? "",
});

export function answerFormOf(answer: NeedsAnswer): AnswerFormState {
  return { rows: answer.needs.map(rowOf), comment: answer.comment ?? "", version: answer.version };
}

/** A new row: the first of the round's areas not yet asked for by this audience. */
export function newRow(state: AnswerFormState, areas: readonly EducationAreaId[]): NeedRow {
  const taken = new Set(state.rows.filter((r) => r.audience === "staff").map((r) => r.area));
  return { key: nextKey++, area: areas.find((a) => !taken.has(a)) ?? "", audience: "staff", format: "online", participants: "", note: "" };
}

export function answerInputOf(state: AnswerFormState): NeedsAnswerInput {
  const comment = state.comment.trim();
  return {
    needs: state.rows.map((row) => {
      const note = row.note.trim();
      return {
        area: row.area as EducationAreaId,
        audience: row.audience,
        format: row.format,
        participants: Number(row.participants.trim()),
        ...(note ? { note } : {}),
      };
    }),
    ...(comment ? { comment } : {}),
    version: state.version,
  };
}

/** What the tab can tell at once: an area not chosen, the same area and audience twice, a count that is not 1-1000. */
export function formProblems(state: AnswerFormState): FormProblem[] {
  const problems: FormProblem[] = [];
  if (state.rows.length > MAX_NEEDS_PER_ANSWER) problems.push({ field: "needs", problem: "too-many" });
  const seen = new Set<string>();
  state.rows.forEach((row, i) => {
    if (!row.area) problems.push({ field: `needs.${i}.area`, problem: "area-missing" });
    else if (seen.has(`${row.area}/${row.audience}`)) problems.push({ field: `needs.${i}.area`, problem: "duplicate" });
    seen.add(`${row.area}/${row.audience}`);
    const text = row.participants.trim();
    const count = Number(text);
    if (!/^\d+$/.test(text) || count < 1 || count > MAX_NEED_PARTICIPANTS) problems.push({ field: `needs.${i}.participants`, problem: "participants" });
  });
  return problems;
}
