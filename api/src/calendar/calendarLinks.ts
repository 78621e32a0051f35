// The signed calendar links of one API instance: made from configuration once per Services (like
// fikaStoreOf), used by the bot's cards (cataloguePort) and checked by signedCourseCalendar.ts.
import type { Services } from "../services.js";
import { CalendarLinkSigner } from "./signedLink.js";

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
  const { expires, signature } = calendarLinkSignerOf(services).sign(courseId, services.now());
  const query = new URLSearchParams({ expires: String(expires), signature });
  return `${services.config.bot.publicApiUrl}/api/calendar/courses/${encodeURIComponent(courseId)}/calendar.ics?${query}`;
}
