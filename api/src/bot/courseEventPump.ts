// The course-event pump: turns the catalogue's course events (eventStore.ts: publish, change,
// cancellation, written in the same transaction as the change; a promotion from a waitlist,
// written in the seat transaction, goes to the promoted only: promotionNotice.ts) into announcements. A new
// training goes to the audience a coordinator chose for the course (audience/courseAudience.ts):
// by default the subscribers of "trainings", its areas and its sub-region; a change or a
// cancellation also to everyone registered or waitlisted (their personal chats; the app is
// installed for one who has none, when proactive installation is configured).
//
// It runs as a timer (timerRuns.ts) and keeps a cursor: the id of the last event it announced.
// Event ids sort by the writer's clock, and a slow write can land behind an id already read, so
// each run reads again from a little before the cursor and skips announcements that were
// already fanned out; the fan-out itself is idempotent per recipient (the delivery ledger).
import { courseNoticeAnnouncement, type CourseNotice, type SessionChange } from "@campus-westum/bot";
import type { CourseEvent } from "../contract/index.js";
import type { Services } from "../services.js";
import { courseTargets } from "./audience/courseAudience.js";
import { botServicesOf } from "./botServices.js";
import { cataloguePort } from "./cataloguePort.js";
import { readSinceCursor } from "./eventCursor.js";
import { announcePromotion } from "./promotionNotice.js";

export interface PumpResult {
  cursor: string;
  announced: { id: string; kind: string; recipients: number }[];
}

/** Announces the events after `cursor` (and re-checks the lag window before it); returns the new cursor. */
export async function pumpCourseEvents(services: Services, cursor: string): Promise<PumpResult> {
  const bot = botServicesOf(services);
  const announced: PumpResult["announced"] = [];
  const next = await readSinceCursor(cursor, (after, limit) => services.events.listSince(after, limit), async (event) => {
    if (await bot.announcements.isFannedOut(`course-${event.id}`)) return;
    const result = await announceEvent(services, event);
    if (result) announced.push(result);
  });
  return { cursor: next, announced };
}

async function announceEvent(services: Services, event: CourseEvent): Promise<PumpResult["announced"][number] | undefined> {
  const bot = botServicesOf(services);
  const catalogue = cataloguePort(services);
  const course = await catalogue.course(event.courseId);
  if (event.type === "registration-promoted") return announcePromotion(services, event, course);
  let notice: CourseNotice;
  if (event.type === "course-published") {
    // Announced once it is still open: a course cancelled before the pump saw it is not news.
    if (!course || course.status !== "published") return undefined;
    notice = { kind: event.type, eventId: event.id, course };
  } else if (event.type === "course-changed") {
    if (!course || course.status !== "published") return undefined;
    const changes: SessionChange[] = (event.changes ?? []).map((c) => ({
      ...(c.before ? { before: { id: c.sessionId, ...c.before } } : {}),
      ...(c.after ? { after: { id: c.sessionId, ...c.after } } : {}),
    }));
    notice = { kind: event.type, eventId: event.id, course, changes };
  } else {
    notice = { kind: event.type, eventId: event.id, title: event.title, reason: event.reason };
  }
  const kind = notice.kind === "course-published" ? "publish" : notice.kind === "course-changed" ? "change" : "cancel";
  const targets = await courseTargets(services, event.courseId, course, kind);
  const announcement = courseNoticeAnnouncement(notice, catalogue.calendarUrl(event.courseId));
  const { recipients } = await bot.fanOut.announce(announcement, targets.chats, targets.people);
  services.log.info("course event announced", { eventId: event.id, type: event.type, recipients });
  return { id: announcement.id, kind: notice.kind, recipients };
}
