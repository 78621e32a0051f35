// Swedish-friendly text matching: case- and accent-insensitive, so that "larcenter falkoping"
// finds "Lärcenter Falköping" and "GOTEBORG" finds "Göteborg". Everything is folded to
// lower-case ASCII letters and digits separated by single spaces.

const COMBINING_MARKS = /[\u0300-\u036f]/g;
/** Letters that do not decompose under NFD but that people type without their stroke. */
const EXTRA_FOLDS: Record<string, string> = { ø: "o", æ: "ae", ß: "ss", đ: "d", ł: "l" };

export function normalizeText(text: string): string {
  return text
    .toLocaleLowerCase("sv-SE")
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(/[øæßđł]/g, (ch) => EXTRA_FOLDS[ch] ?? ch)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** The words of a search query, normalised; duplicates removed. */
export function queryTokens(query: string): string[] {
  const normalized = normalizeText(query);
  return normalized ? [...new Set(normalized.split(" "))] : [];
}

/**
 * True when every token occurs in the normalised text. Tokens of three letters or more may stand
 * anywhere in a word, because Swedish compounds ("vuxenutbildning") hide words inside words;
 * shorter tokens must start a word, or "it" would match every "digital".
 */
export function matchesAllTokens(normalizedText: string, tokens: readonly string[]): boolean {
  const spaced = ` ${normalizedText}`;
  return tokens.every((token) => (token.length >= 3 ? spaced.includes(token) : spaced.includes(` ${token}`)));
}

// Made on first use, like Stockholm time's formatter: not a cost of every cold start.
let swedishCollator: Intl.Collator | undefined;
/** Sorts names the Swedish way: Å, Ä, Ö come after Z. */
export const compareSwedish = (a: string, b: string): number => (swedishCollator ??= new Intl.Collator("sv-SE", { sensitivity: "base", numeric: true })).compare(a, b);
