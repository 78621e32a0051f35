// The calendar file holds any text a course may have (generated full-Unicode strings with line
// and paragraph separators, NUL and other controls, lone surrogates, very long) and stays valid
// RFC 5545: CRLF line ends, lines of at most 75 octets, no control characters, and each text
// reads back as it was meant.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fileText } from "./fileText.js";
import { toIcs } from "./ics.js";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 100 }),
  fc.constantFrom("a\u2028b\u2029c", "\u0000", "x\ry", "a\r\nb", "\uD800", "\"quoted\";semi,comma\\back", "=HYPERLINK(\"x\")"),
  fc.integer({ min: 100, max: 3000 }).map((n) => "å😀".repeat(n)),
);

/** RFC 5545 3.1 unfolding and 3.3.11 unescaping of one property's value. */
function valuesOf(ics: string, name: string): string[] {
  const unfolded = ics.replace(/\r\n /g, "");
  return unfolded
    .split("\r\n")
    .filter((line) => line.startsWith(`${name}:`))
    .map((line) => line.slice(name.length + 1).replace(/\\([\\;,nN])/g, (_, c: string) => (c === "n" || c === "N" ? "\n" : c)));
}

describe("the calendar writer", () => {
  it("writes any text as valid, folded RFC 5545 lines that read back as the text", () => {
    fc.assert(
      fc.property(anyText, anyText, anyText, (summary, description, location) => {
        const ics = toIcs([{ uid: "kurs-s1@campus-westum", start: 0, end: 3_600_000, summary, description, location, status: "CONFIRMED" }], "-//x//y//SV", 0);
        expect(ics.endsWith("\r\n")).toBe(true);
        for (const line of ics.slice(0, -2).split("\r\n")) {
          expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
          expect(line).not.toMatch(/[\u0000-\u0008\u000A-\u001F\u007F]/);
          expect(line).not.toMatch(LONE_SURROGATE);
        }
        expect(valuesOf(ics, "SUMMARY")).toEqual([fileText(summary)]);
        if (fileText(description)) expect(valuesOf(ics, "DESCRIPTION")).toEqual([fileText(description)]);
        if (fileText(location)) expect(valuesOf(ics, "LOCATION")).toEqual([fileText(location)]);
      }),
    );
  });

  it("folds between characters, never inside one", () => {
    const ics = toIcs([{ uid: "u", start: 0, end: 1, summary: "ö".repeat(100), status: "CANCELLED" }], "p", 0);
    const summary = ics.split("\r\n").filter((l) => l.startsWith("SUMMARY:") || l.startsWith(" ö"));
    expect(summary.map((l) => Buffer.byteLength(l))).toEqual([74, 75, 61]);
  });

  it("names a subscribed calendar and says how often to fetch it, before any event", () => {
    const ics = toIcs([{ uid: "u", start: 0, end: 1, summary: "s", status: "TENTATIVE" }], "p", 0, { name: "Campus Westum, min; kalender", refreshMinutes: 60 });
    const header = ics.split("BEGIN:VEVENT")[0]!;
    expect(valuesOf(header, "NAME")).toEqual(["Campus Westum, min; kalender"]);
    expect(valuesOf(header, "X-WR-CALNAME")).toEqual(["Campus Westum, min; kalender"]);
    expect(header).toContain("\r\nREFRESH-INTERVAL;VALUE=DURATION:PT60M\r\nX-PUBLISHED-TTL:PT60M\r\n");
    expect(ics).toContain("STATUS:TENTATIVE");
  });
});
