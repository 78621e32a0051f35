// An iCalendar file (RFC 5545) of events, written by hand because the rules are few and the
// library this replaced broke some of them: a lone CR and control characters came out raw, a
// quote in a parameter value was escaped as \" (RFC 5545 has no escape there), ORGANIZER came
// without its address, and lines were folded by characters, not octets.
//   - TEXT values escape backslash, semicolon, comma and newline (3.3.11); other control
//     characters are removed (fileText.ts).
//   - No event parameters are written: ORGANIZER would need an e-mail address the catalogue does
//     not keep (a CN alone is not a valid ORGANIZER), so the provider is named in the description.
//   - A subscribed calendar (the personal feed) gets a name and a suggested refresh interval:
//     NAME and REFRESH-INTERVAL (RFC 7986 5.1, 5.7; VALUE=DURATION is required there), and
//     Microsoft's X-WR-CALNAME and X-PUBLISHED-TTL ([MS-OXCICAL] 2.1.3.1.1). Clients may ignore
//     the interval: Outlook fetches subscribed calendars on its own schedule.
//   - Lines end in CRLF and are folded at 75 octets of UTF-8, never inside a character (3.1).
import { fileText } from "./fileText.js";

export interface CalendarEvent {
  uid: string;
  /** Start and end, epoch milliseconds; written in UTC. */
  start: number;
  end: number;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  /** TENTATIVE: a waitlisted person's sessions (RFC 5545 3.8.1.11). */
  status: "CONFIRMED" | "TENTATIVE" | "CANCELLED";
}

/** A calendar that is subscribed to rather than imported once. */
export interface SubscribedCalendar {
  name: string;
  refreshMinutes: number;
}

const escapeText = (text: string) => fileText(text).replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\n/g, "\\n");
const utc = (epochMs: number) => new Date(epochMs).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

/** One content line folded at 75 octets: each continuation starts with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    if (octets + size > 75) {
      parts.push(current);
      current = " ";
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n");
}

export function toIcs(events: readonly CalendarEvent[], productId: string, now: number, subscribed?: SubscribedCalendar): string {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", `PRODID:${escapeText(productId)}`, "CALSCALE:GREGORIAN"];
  if (subscribed) {
    const name = escapeText(subscribed.name);
    const every = `PT${Math.max(1, Math.round(subscribed.refreshMinutes))}M`;
    lines.push(`NAME:${name}`, `X-WR-CALNAME:${name}`, `REFRESH-INTERVAL;VALUE=DURATION:${every}`, `X-PUBLISHED-TTL:${every}`);
  }
  for (const event of events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${utc(now)}`,
      `DTSTART:${utc(event.start)}`,
      `DTEND:${utc(event.end)}`,
      `SUMMARY:${escapeText(event.summary)}`,
      ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
      ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
      ...(event.url ? [`URL:${fileText(event.url).replace(/\s/g, "")}`] : []),
      `STATUS:${event.status}`,
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
