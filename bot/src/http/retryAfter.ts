// Retry-After as the services send it. RFC 9110 §10.2.3 allows delay-seconds (whole seconds)
// or an HTTP-date, and §5.6.7 says a recipient must read all three date formats (IMF-fixdate,
// the obsolete RFC 850 and asctime forms, all in GMT). Microsoft Graph also sends decimal
// seconds ("2.128" in its throttling guide; "0.249" seen from $batch), so those are seconds
// too, never a date (Date.parse("1.5") is a day in 2001). Anything else is unreadable:
// undefined, and the caller backs off on its own.
// Used by both the bot's delivery (bot/) and the API's Graph client (api/ imports it).

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const DAY = "(?:mon|tue|wed|thu|fri|sat|sun)";
const TIME = "(\\d{2}):(\\d{2}):(\\d{2})";
const IMF_FIXDATE = new RegExp(`^${DAY}, (\\d{2}) ([a-z]{3}) (\\d{4}) ${TIME} gmt$`);
const RFC850_DATE = new RegExp(`^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday), (\\d{2})-([a-z]{3})-(\\d{2}) ${TIME} gmt$`);
const ASCTIME_DATE = new RegExp(`^${DAY} ([a-z]{3}) ([ \\d]\\d) ${TIME} (\\d{4})$`);
const SECONDS = /^\d+(?:\.\d+)?$/;

/** Milliseconds to wait from `now` (0 for a date in the past); undefined when absent or unreadable. */
export function retryAfterMs(header: string | null | undefined, now = Date.now()): number | undefined {
  const value = header?.trim().toLowerCase();
  if (!value) return undefined;
  if (SECONDS.test(value)) return Math.round(Number(value) * 1000);
  const at = httpDate(value, now);
  return at === undefined ? undefined : Math.max(0, at - now);
}

/** An HTTP-date in any of its three formats, as epoch milliseconds; undefined when it is none. */
function httpDate(value: string, now: number): number | undefined {
  let m = IMF_FIXDATE.exec(value);
  if (m) return utc(Number(m[3]), m[2]!, m[1]!, m[4]!, m[5]!, m[6]!);
  m = RFC850_DATE.exec(value);
  if (m) {
    // Two-digit years: the most recent year with those digits that is not over 50 years ahead.
    const thisYear = new Date(now).getUTCFullYear();
    let year = thisYear - (thisYear % 100) + Number(m[3]);
    if (year > thisYear + 50) year -= 100;
    return utc(year, m[2]!, m[1]!, m[4]!, m[5]!, m[6]!);
  }
  m = ASCTIME_DATE.exec(value);
  if (m) return utc(Number(m[6]), m[1]!, m[2]!.trim(), m[3]!, m[4]!, m[5]!);
  return undefined;
}

function utc(year: number, month: string, day: string, hours: string, minutes: string, seconds: string): number | undefined {
  const monthIndex = MONTHS.indexOf(month);
  const [d, h, min, s] = [Number(day), Number(hours), Number(minutes), Number(seconds)];
  if (monthIndex < 0 || d < 1 || d > 31 || h > 23 || min > 59 || s > 60) return undefined;
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, d); // not Date.UTC: it reads years below 100 as 19xx
  date.setUTCHours(h, min, Math.min(s, 59)); // a leap second counts as the second before it
  // 31 Feb and the like roll over into the next month: not a date.
  return date.getUTCDate() === d ? date.getTime() : undefined;
}
