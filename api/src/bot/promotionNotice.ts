// A seat from the waitlist, told to the people who got it: the course-event pump hands a
// "registration-promoted" event here (written by the registration store in the seat
// transaction). Only the registrations that still hold their seat are told: one cancelled again
// before the pump ran is not news. Each gets the card in her personal chat, in her chat's
// language; one with no chat gets the app installed first (fanOut.ts), as for course changes.
import { courseNoticeAnnouncement, type CourseView } from "@campus-westum/bot";
import type { CourseEvent } from "../contract/index.js";
import type { Services } from "../services.js";
import { registeredChats } from "./audience/registeredChats.js";
import { botServicesOf } from "./botServices.js";
import { cataloguePort } from "./cataloguePort.js";

export async function announcePromotion(services: Services, event: CourseEvent, course: CourseView | undefined): Promise<{ id: string; kind: string; recipients: number } | undefined> {
  if (!course || course.status !== "published") return undefined;
  const bot = botServicesOf(services);
  const promotedIds = new Set(event.registrationIds ?? []);
  const { registrations } = await services.registrations.list(event.courseId);
  const promoted = registrations.filter((r) => promotedIds.has(r.id) && r.status === "registered").map((r) => r.person);
  if (promoted.length === 0) return undefined;
  const { chats, people } = await registeredChats(bot.conversations, promoted);
  const announcement = courseNoticeAnnouncement({ kind: "registration-promoted", eventId: event.id, course }, cataloguePort(services).calendarUrl(event.courseId));
  const { recipients } = await bot.fanOut.announce(announcement, chats, people);
  services.log.info("promotion announced", { eventId: event.id, recipients });
  return { id: announcement.id, kind: "registration-promoted", recipients };
}
