// The CSV writer holds any text (generated full-Unicode strings, control characters, quotes,
// separators, lone surrogates) and never lets a spreadsheet evaluate one as a formula.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toCsv } from "./csv.js";
import { fileText } from "./fileText.js";

/** RFC 4180 with ";" between fields: the cells of each row. */
function parse(csv: string): string[][] {
  const rows: string[][] = [[]];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ";") rows.at(-1)!.push(cell), (cell = "");
    else if (c === "\r" && csv[i + 1] === "\n") rows.at(-1)!.push(cell), (cell = ""), rows.push([]), i++;
    else cell += c;
  }
  return rows.slice(0, -1);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.constantFrom("=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "\n=1", "\u0000=1", "a;b", 'say "hi"', "a\r\nb", "\uD83D", "\uFFFE"),
);

describe("the CSV writer", () => {
  it("writes any text so that it reads back as the text, with formulas made harmless", () => {
    fc.assert(
      fc.property(fc.array(anyText, { minLength: 1, maxLength: 4 }), (cells) => {
        const csv = toCsv({ name: "t", columns: cells.map((_, i) => `c${i}`), rows: [cells] }, "sv");
        expect(csv.startsWith("\uFEFF")).toBe(true);
        const [, row] = parse(csv.slice(1));
        row!.forEach((cell, i) => {
          const text = fileText(cells[i]!);
          expect(cell).toBe(/^[=+\-@\t\r\n]/.test(text) ? `'${text}` : text);
          expect(cell).not.toMatch(/^[=+\-@\t\r\n]/);
          expect(cell).not.toMatch(LONE_SURROGATE);
        });
      }),
    );
  });
});
