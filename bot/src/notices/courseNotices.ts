// The announcements about trainings that the bot sends on its own: a new training, a change,
// a cancellation, and session reminders. Pure: the API's timers decide when and to whom, these
// decide what (a card per language) and the announcement's id, which is deterministic for what
// it announces so that a repeated run is the same announcement and nobody gets it twice.
import type { Announcement } from "../announcements.js";
import { courseCancelledCard, courseChangedCard, seatGivenCard, sessionReminderCard, trainingAnnouncementCard, type SessionChange } from "../cards/courseCards.js";
import type { AdaptiveCard } from "../cards/adaptiveCard.js";
import { cardActivity } from "../connector/activity.js";
import type { Lang, Topic } from "../conversations.js";
import { messages } from "../i18n/messages.js";
import type { CourseView, SessionView } from "../ports.js";

export type CourseNotice =
  | { kind: "course-published"; eventId: string; course: CourseView }
  | { kind: "course-changed"; eventId: string; course: CourseView; changes: SessionChange[] }
  | { kind: "course-cancelled"; eventId: string; title: string; reason?: string }
  /** A seat from the waitlist; sent only to the people promoted. */
  | { kind: "registration-promoted"; eventId: string; course: CourseView };

const LANGS: Lang[] = ["sv", "en"];

/** Ids keep to what the delivery queue accepts: letters, digits, _ and -. */
const safe = (text: string) => text.replace(/[^A-Za-z0-9_-]/g, "-");

function perLanguage(build: (lang: Lang) => AdaptiveCard, summary: (lang: Lang) => string): Announcement["activities"] {
  return Object.fromEntries(LANGS.map((lang) => [lang, cardActivity(build(lang), summary(lang))])) as Announcement["activities"];
}

/** Who subscribes to news of a training: everyone on "trainings", its areas' and its sub-region's subscribers. */
export function topicsOfCourse(course: Pick<CourseView, "areas" | "subRegions">): Topic[] {
  return ["trainings", ...course.areas.map((a) => `area:${a}` as Topic), ...course.subRegions.map((r) => `subregion:${r}` as Topic)];
}

export function courseNoticeAnnouncement(notice: CourseNotice, calendarUrl: string): Announcement {
  const id = `course-${safe(notice.eventId)}`;
  switch (notice.kind) {
    case "course-published":
      return {
        id,
        kind: notice.kind,
        title: notice.course.title,
        activities: perLanguage((lang) => trainingAnnouncementCard(notice.course, lang, calendarUrl), (lang) => `${messages[lang].newTraining}: ${notice.course.title}`),
      };
    case "course-changed":
      return {
        id,
        kind: notice.kind,
        title: notice.course.title,
        activities: perLanguage((lang) => courseChangedCard(notice.course, notice.changes, lang, calendarUrl), (lang) => `${messages[lang].changedTraining}: ${notice.course.title}`),
      };
    case "course-cancelled":
      return {
        id,
        kind: notice.kind,
        title: notice.title,
        activities: perLanguage((lang) => courseCancelledCard(notice.title, notice.reason, lang), (lang) => `${messages[lang].cancelledTraining}: ${notice.title}`),
      };
    case "registration-promoted":
      return {
        id,
        kind: notice.kind,
        title: notice.course.title,
        activities: perLanguage((lang) => seatGivenCard(notice.course, lang, calendarUrl), (lang) => `${messages[lang].seatGiven}: ${notice.course.title}`),
      };
  }
}

/** A session reminder; its id holds the session's start, so a session that moves gets reminders for its new time. */
export function sessionReminderAnnouncement(course: CourseView, session: SessionView, hoursBefore: number): Announcement {
  return {
    id: safe(`reminder-${course.id}-${session.id}-${Date.parse(session.start)}-${hoursBefore}h`),
    kind: "session-reminder",
    title: course.title,
    activities: perLanguage((lang) => sessionReminderCard(course, session, hoursBefore, lang), (lang) => `${messages[lang].reminderTitle(hoursBefore)}: ${course.title}`),
  };
}
