// What a save changed in a member's answer, in words for its history (issue 13): "La till IT
// (personal); Ändrade Svenska (studerande): deltagare 10 → 12". Needs are compared by area and
// audience (an answer has one need of each pair at most). Both languages are written at once, so
// each reader sees the history in her own.
import { COURSE_FORMATS, EDUCATION_AREAS, NEEDS_AUDIENCES, type Need } from "../../contract/index.js";
import type { Bilingual } from "../catalogue/messages.js";

/** A summary is one line of the history: long enough for several changes, bounded for the row. */
export const MAX_SUMMARY_LENGTH = 300;

type Lang = keyof Bilingual;
const keyOf = (need: Need) => `${need.area}/${need.audience}`;
const nameOf = <T extends { id: string } & Bilingual>(list: readonly T[], id: string, lang: Lang) => list.find((item) => item.id === id)?.[lang] ?? id;
const needName = (need: Need, lang: Lang) => `${nameOf(EDUCATION_AREAS, need.area, lang)} (${nameOf(NEEDS_AUDIENCES, need.audience, lang).toLowerCase()})`;

const words = {
  added: { sv: "La till", en: "Added" },
  removed: { sv: "Tog bort", en: "Removed" },
  changed: { sv: "Ändrade", en: "Changed" },
  participants: { sv: "deltagare", en: "participants" },
  format: { sv: "format", en: "format" },
  note: { sv: "anteckningen", en: "the note" },
  comment: { sv: "Ändrade kommentaren", en: "Changed the comment" },
  noNeeds: { sv: "Inga behov den här terminen", en: "No needs this term" },
  unchanged: { sv: "Sparade utan ändringar", en: "Saved without changes" },
} satisfies Record<string, Bilingual>;

/** How one need changed, or nothing when it did not. */
function needChanges(before: Need, after: Need, lang: Lang): string[] {
  const parts: string[] = [];
  if (before.participants !== after.participants) parts.push(`${words.participants[lang]} ${before.participants} → ${after.participants}`);
  if (before.format !== after.format) parts.push(`${words.format[lang]} ${nameOf(COURSE_FORMATS, before.format, lang)} → ${nameOf(COURSE_FORMATS, after.format, lang)}`);
  if ((before.note ?? "") !== (after.note ?? "")) parts.push(words.note[lang]);
  return parts;
}

function summaryIn(before: { needs: Need[]; comment?: string }, after: { needs: Need[]; comment?: string }, firstSave: boolean, lang: Lang): string {
  const old = new Map(before.needs.map((n) => [keyOf(n), n]));
  const now = new Map(after.needs.map((n) => [keyOf(n), n]));
  const lines: string[] = [];
  for (const need of after.needs) {
    const previous = old.get(keyOf(need));
    if (!previous) lines.push(`${words.added[lang]} ${needName(need, lang)}`);
    else {
      const changes = needChanges(previous, need, lang);
      if (changes.length > 0) lines.push(`${words.changed[lang]} ${needName(need, lang)}: ${changes.join(", ")}`);
    }
  }
  for (const need of before.needs) if (!now.has(keyOf(need))) lines.push(`${words.removed[lang]} ${needName(need, lang)}`);
  if ((before.comment ?? "") !== (after.comment ?? "")) lines.push(words.comment[lang]);
  if (after.needs.length === 0 && (firstSave || before.needs.length > 0)) lines.unshift(words.noNeeds[lang]);
  const text = lines.length > 0 ? lines.join("; ") : words.unchanged[lang];
  return text.length > MAX_SUMMARY_LENGTH ? `${text.slice(0, MAX_SUMMARY_LENGTH - 1)}…` : text;
}

/** The change from `before` to `after` in Swedish and English; `firstSave` when the member had not answered. */
export function changeSummary(before: { needs: Need[]; comment?: string }, after: { needs: Need[]; comment?: string }, firstSave: boolean): Bilingual {
  return { sv: summaryIn(before, after, firstSave, "sv"), en: summaryIn(before, after, firstSave, "en") };
}

/** Whether two answers state the same needs and comment (the order of the needs aside). */
export function sameContent(a: { needs: Need[]; comment?: string }, b: { needs: Need[]; comment?: string }): boolean {
  const text = (x: { needs: Need[]; comment?: string }) =>
    JSON.stringify({ needs: [...x.needs].map((n) => [keyOf(n), n.format, n.participants, n.note ?? ""]).sort(), comment: x.comment ?? "" });
  return text(a) === text(b);
}
