// Retry-After in every form the services send it: decimal seconds (Graph), whole seconds, and
// the three HTTP-date formats of RFC 9110 in GMT; anything else is unreadable, never a date.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { retryAfterMs } from "./retryAfter.js";

const NOW = Date.UTC(2026, 11, 5, 8, 0, 0);
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const two = (n: number) => String(n).padStart(2, "0");
const time = (d: Date) => `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
/** Whole seconds within the next 40 years, so RFC 850's two-digit years stay unambiguous. */
const futureDate = fc.integer({ min: 0, max: 40 * 365 * 86_400 }).map((s) => new Date(NOW + s * 1000));

describe("Retry-After", () => {
  it("reads decimal seconds as seconds, never as a date", () => {
    expect(retryAfterMs("1.5", NOW)).toBe(1500);
    expect(retryAfterMs("2.128", NOW)).toBe(2128);
    expect(retryAfterMs(" 300 ", NOW)).toBe(300_000);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 7 }), fc.integer({ min: 0, max: 999 }), (whole, thousandths) => {
        expect(retryAfterMs(`${whole}.${String(thousandths).padStart(3, "0")}`, NOW)).toBe(whole * 1000 + thousandths);
        expect(retryAfterMs(String(whole), NOW)).toBe(whole * 1000);
      }),
    );
  });

  it("reads all three HTTP-date formats as GMT, whatever the machine's time zone", () => {
    fc.assert(
      fc.property(futureDate, (date) => {
        const wait = date.getTime() - NOW;
        const day = date.getUTCDate();
        const imf = date.toUTCString(); // Sun, 06 Nov 1994 08:49:37 GMT
        const rfc850 = `${DAYS[date.getUTCDay()]}, ${two(day)}-${MONTHS[date.getUTCMonth()]}-${two(date.getUTCFullYear() % 100)} ${time(date)} GMT`;
        const asctime = `${DAYS[date.getUTCDay()]!.slice(0, 3)} ${MONTHS[date.getUTCMonth()]} ${String(day).padStart(2, " ")} ${time(date)} ${date.getUTCFullYear()}`;
        expect([retryAfterMs(imf, NOW), retryAfterMs(rfc850, NOW), retryAfterMs(asctime, NOW)]).toEqual([wait, wait, wait]);
      }),
    );
  });

  it("waits nothing for a date in the past", () => {
    expect(retryAfterMs(new Date(NOW - 60_000).toUTCString(), NOW)).toBe(0);
  });

  it("refuses what is neither: no header, negative or signed numbers, other date styles, impossible dates", () => {
    for (const value of [null, undefined, "", "  ", "-1", "+5", "1e3", "0x10", "1.", ".5", "soon", "2026-12-05T08:00:00Z", "Sat, 05 Dec 2026 08:00:00 CET", "Mon, 31 Feb 2026 08:00:00 GMT", "Mon, 05 Dec 2026 25:00:00 GMT"]) {
      expect(retryAfterMs(value, NOW), String(value)).toBeUndefined();
    }
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = retryAfterMs(text, NOW);
        // Whatever it reads, it reads as a wait that is never negative and never NaN.
        if (parsed !== undefined) expect(parsed).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
