// CSV as Swedish Excel opens it: UTF-8 with a byte-order mark, semicolons between fields, CRLF
// line ends, quotes where needed (RFC 4180), decimal comma for Swedish and point for English.
// Text that starts like a formula (= + - @, or a tab or CR before one: OWASP's "CSV injection")
// is prefixed with ' so a spreadsheet never evaluates it; control characters are removed first
// (fileText.ts), so none can hide the start of a formula.
import type { Cell, Table } from "../domain/catalogue/exportTables.js";
import type { Lang } from "../http/language.js";
import { fileText } from "./fileText.js";

const FORMULA_START = /^[=+\-@\t\r\n]/;

function field(cell: Cell, lang: Lang): string {
  if (cell === null) return "";
  if (typeof cell === "number") return lang === "sv" ? String(cell).replace(".", ",") : String(cell);
  const clean = fileText(cell);
  const text = FORMULA_START.test(clean) ? `'${clean}` : clean;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const lines = (table: Table, lang: Lang) => [table.columns, ...table.rows].map((row) => row.map((cell) => field(cell, lang)).join(";"));

export function toCsv(table: Table, lang: Lang): string {
  return `\uFEFF${lines(table, lang).join("\r\n")}\r\n`;
}

/**
 * Several tables in one CSV file (a CSV has no sheets): each under a line with its name, with
 * an empty line between them, so a grant report's totals are in the file with the participants.
 */
export function toCsvSections(tables: readonly Table[], lang: Lang): string {
  if (tables.length === 1) return toCsv(tables[0]!, lang);
  return `\uFEFF${tables.map((table) => [field(table.name, lang), ...lines(table, lang)].join("\r\n")).join("\r\n\r\n")}\r\n`;
}
