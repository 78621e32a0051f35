// The needs card's "Spara", read: the action's data (anyone can craft an invoke, so nothing in it
// is trusted before this) and the form's inputs turned into an answer draft, with an error per
// problem in the viewer's language. What she typed is kept as rows, so a card shown again with
// errors loses nothing. The API checks the same rules again when it saves.
import * as z from "zod";
import { COMMENT_INPUT, MAX_COMMENT, MAX_NEED_ROWS, MAX_NOTE, MAX_PARTICIPANTS, rowInput, type NeedRow } from "../cards/needsCards.js";
import type { Lang } from "../conversations.js";
import { needsMessages } from "../i18n/needsMessages.js";
import type { NeedsAnswerDraft, NeedsPort, NeedsRoundView, NeedView } from "../needsPort.js";

const ROUND_ID = z.string().regex(/^needs-[0-9a-f]{8}$/);
const MEMBER_ID = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/);

/** "Svara", a member's button and the refresh: which round, and maybe which member. */
export const needsViewData = z.object({ roundId: ROUND_ID, memberId: MEMBER_ID.optional() });

/** Rows a crafted invoke could name beyond the form's: ignored past this. */
const ROW_LIMIT = MAX_NEED_ROWS * 2;
/** An input as Teams sends it back: text, or a number from Input.Number; anything longer than any field allows is cut to what is needed to refuse it. */
const inputValue = z.union([z.string(), z.number()]).transform((v) => String(v).slice(0, MAX_COMMENT + 1));

export const needsSaveData = z.looseObject({
  roundId: ROUND_ID,
  memberId: MEMBER_ID,
  version: z.coerce.number().int().min(0).max(1_000_000),
  /** The stated rows' area and audience, in the form's order ("it/staff"). */
  stated: z.array(z.string().max(100)).max(ROW_LIMIT).default([]),
});

export type DraftResult =
  | { ok: true; draft: NeedsAnswerDraft; rows: NeedRow[]; comment: string }
  | { ok: false; errors: string[]; rows: NeedRow[]; comment: string };

const read = (data: Record<string, unknown>, key: string) => {
  const parsed = inputValue.safeParse(data[key]);
  return parsed.success ? parsed.data.trim() : "";
};

/** The rows as typed, in order: the stated ones (kept, also when marked for removal), then the new ones that are not empty. */
export function rowsOf(data: Record<string, unknown>, stated: string[]): NeedRow[] {
  const rows: NeedRow[] = [];
  for (let i = 0; i < ROW_LIMIT; i++) {
    const typed = { format: read(data, rowInput(i, "format")), participants: read(data, rowInput(i, "participants")), note: read(data, rowInput(i, "note")) };
    if (i < stated.length) {
      const [area = "", audience = ""] = stated[i]!.split("/");
      rows.push({ area, audience, ...typed, stated: true, remove: read(data, rowInput(i, "remove")) === "true" });
      continue;
    }
    const row = { area: read(data, rowInput(i, "area")), audience: read(data, rowInput(i, "audience")), ...typed };
    if (row.area || row.participants || row.note) rows.push(row);
  }
  return rows;
}

export function draftOf(data: Record<string, unknown> & { stated: string[] }, version: number, round: NeedsRoundView, vocabulary: Pick<NeedsPort, "audiences" | "formats">, lang: Lang): DraftResult {
  const m = needsMessages[lang];
  const rows = rowsOf(data, data.stated);
  const comment = read(data, COMMENT_INPUT);
  const errors: string[] = [];
  const needs: NeedView[] = [];
  const seen = new Set<string>();
  const areaOf = (id: string) => round.areas.find((a) => a.id === id);
  const audienceOf = (id: string) => vocabulary.audiences.find((a) => a.id === id);
  let added = 0;
  for (const row of rows) {
    const name = row.stated ? `${areaOf(row.area)?.[lang] ?? row.area} (${(audienceOf(row.audience)?.[lang] ?? row.audience).toLowerCase()})` : m.newNeedN(++added);
    if (row.remove) continue;
    const before = errors.length;
    if (!row.area) errors.push(m.errArea(name));
    else if (!areaOf(row.area)) errors.push(m.errUnknownArea(name));
    if (!audienceOf(row.audience)) errors.push(m.errAudience(name));
    if (!vocabulary.formats.some((f) => f.id === row.format)) errors.push(m.errFormat(name));
    const participants = Number(row.participants);
    if (!/^\d+$/.test(row.participants) || participants < 1 || participants > MAX_PARTICIPANTS) errors.push(m.errParticipants(name, MAX_PARTICIPANTS));
    if (row.note.length > MAX_NOTE) errors.push(m.errNote(name, MAX_NOTE));
    if (errors.length > before) continue;
    const key = `${row.area}/${row.audience}`;
    if (seen.has(key)) {
      errors.push(m.errDuplicate(name, areaOf(row.area)![lang], audienceOf(row.audience)![lang]));
      continue;
    }
    seen.add(key);
    needs.push({ area: row.area, audience: row.audience, format: row.format, participants, ...(row.note ? { note: row.note } : {}) });
  }
  if (needs.length > MAX_NEED_ROWS) errors.push(m.errTooMany(MAX_NEED_ROWS));
  if (comment.length > MAX_COMMENT) errors.push(m.errComment(MAX_COMMENT));
  if (errors.length) return { ok: false, errors, rows, comment };
  return { ok: true, draft: { needs, ...(comment ? { comment } : {}), version }, rows, comment };
}

/** Whether a stored answer already says what the draft says (the same card submitted twice). */
export function sameContent(a: { needs: NeedView[]; comment?: string }, b: { needs: NeedView[]; comment?: string }): boolean {
  const key = (x: { needs: NeedView[]; comment?: string }) =>
    JSON.stringify({
      needs: x.needs.map((n) => [n.area, n.audience, n.format, n.participants, n.note ?? ""]).sort((p, q) => `${p[0]}/${p[1]}`.localeCompare(`${q[0]}/${q[1]}`)),
      comment: x.comment ?? "",
    });
  return key(a) === key(b);
}
