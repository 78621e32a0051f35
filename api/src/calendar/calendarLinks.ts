// The signed calendar links of one API instance: made from configuration once per Services (like
// fikaStoreOf), used by the bot's cards (cataloguePort) and checked by signedCourseCalendar.ts.
import type { Services } from "../services.js";
import { CalendarLinkSigner, type LinkPurpose } from "./signedLink.js";

const DAY_MS = 86_400_000;
const signers = new WeakMap<Services, CalendarLinkSigner>();

export function calendarLinkSignerOf(services: Services): CalendarLinkSigner {
  let signer = signers.get(services);
  if (!signer) {
    const { key, lifetimeDays } = services.config.calendarLinks;
    signers.set(services, (signer = new CalendarLinkSigner(key, lifetimeDays * DAY_MS)));
  }
  return signer;
}

/** Where a browser downloads a course's sessions without signing in, until the link expires. */
export function signedCourseCalendarUrl(services: Services, courseId: string): string {
  return signedUrl(services, "courses", courseId, "course-calendar");
}

/** Where a browser downloads a tech-network event's occurrences without signing in, until the link expires. */
export function signedNetworkEventCalendarUrl(services: Services, eventId: string): string {
  return signedUrl(services, "events", eventId, "event-calendar");
}

function signedUrl(services: Services, kind: "courses" | "events", id: string, purpose: LinkPurpose): string {
  const { expires, signature } = calendarLinkSignerOf(services).sign(id, services.now(), purpose);
  const query = new URLSearchParams({ expires: String(expires), signature });
  return `${services.config.bot.publicApiUrl}/api/calendar/${kind}/${encodeURIComponent(id)}/calendar.ics?${query}`;
}
