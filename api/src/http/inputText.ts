// Text is normalised once, here at the edge, before any schema sees it: every string of a JSON
// body and every query value. So every text the API stores can be stored (a title with U+2028
// made a Tables transaction fail with a 500) and reads back the same way it will be compared.
//   - NFC: "é" typed as e + combining accent and as one character are the same text.
//   - Line breaks: CR LF, CR, U+2028 (line separator) and U+2029 (paragraph separator) become
//     "\n". Multi-line fields keep it; single-line fields turn it into a space (domain/textSchemas.ts).
//   - Refused with a 400 naming the field: other control characters (C0 but tab and newline,
//     DEL, C1, which includes NUL) and lone surrogates (half of a character, which no storage,
//     calendar or spreadsheet can hold).
import type { Bilingual } from "../domain/catalogue/messages.js";

export interface TextProblem {
  field: string;
  text: Bilingual;
}

const LINE_BREAK = /\r\n?|[\u2028\u2029]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
/** Request bodies are a few levels deep; a deeper one is junk, refused before it costs a deep walk. */
export const MAX_DEPTH = 16;

const brokenCharacter: Bilingual = {
  sv: "texten innehåller ett trasigt tecken (ett ensamt surrogattecken); skriv eller klistra in den igen",
  en: "the text contains a broken character (a lone surrogate); type or paste it again",
};
const controlCharacter = (code: number): Bilingual => {
  const name = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  return { sv: `styrtecknet ${name} får inte förekomma i text`, en: `the control character ${name} is not allowed in text` };
};
const tooDeep: Bilingual = { sv: `högst ${MAX_DEPTH} nivåer av listor och objekt`, en: `at most ${MAX_DEPTH} levels of lists and objects` };

/** One text, normalised, or the reason it is refused. */
export function normalizeText(text: string): { ok: true; text: string } | { ok: false; problem: Bilingual } {
  if (LONE_SURROGATE.test(text)) return { ok: false, problem: brokenCharacter };
  const normalized = text.replace(LINE_BREAK, "\n").normalize("NFC");
  const control = CONTROL.exec(normalized);
  return control ? { ok: false, problem: controlCharacter(control[0].charCodeAt(0)) } : { ok: true, text: normalized };
}

/** A parsed JSON value with every string normalised, and the fields whose text is refused. */
export function normalizeJsonText(value: unknown): { value: unknown; problems: TextProblem[] } {
  const problems: TextProblem[] = [];
  const walk = (item: unknown, path: string[]): unknown => {
    if (typeof item === "string") {
      const normalized = normalizeText(item);
      if (normalized.ok) return normalized.text;
      problems.push({ field: path.join(".") || "body", text: normalized.problem });
      return item;
    }
    if (item === null || typeof item !== "object") return item;
    if (path.length >= MAX_DEPTH) {
      problems.push({ field: path.join("."), text: tooDeep });
      return item;
    }
    if (Array.isArray(item)) return item.map((element, i) => walk(element, [...path, String(i)]));
    // Keys are not text the API keeps: a key no schema knows is refused as an unknown field.
    return Object.fromEntries(Object.entries(item).map(([key, element]) => [key, walk(element, [...path, key])]));
  };
  return { value: walk(value, []), problems };
}
