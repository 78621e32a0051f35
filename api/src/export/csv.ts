// CSV as Swedish Excel opens it: UTF-8 with a byte-order mark, semicolons between fields, CRLF
// line ends, quotes where needed (RFC 4180), decimal comma for Swedish and point for English.
// Text that starts like a formula is prefixed with ' so a spreadsheet never evaluates it.
import type { Cell, Table } from "../domain/catalogue/exportTables.js";
import type { Lang } from "../http/language.js";

const FORMULA_START = /^[=+\-@\t\r]/;

function field(cell: Cell, lang: Lang): string {
  if (cell === null) return "";
  if (typeof cell === "number") return lang === "sv" ? String(cell).replace(".", ",") : String(cell);
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(table: Table, lang: Lang): string {
  const lines = [table.columns, ...table.rows].map((row) => row.map((cell) => field(cell, lang)).join(";"));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
