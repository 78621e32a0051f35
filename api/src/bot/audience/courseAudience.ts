// A course's announcement targets: the coordinators' audience choice for it (subscribers of its
// topics when none was made), and for a change or cancellation everyone registered or
// waitlisted too, in their personal chats or installed for. A registered contact is counted
// and sent to once (matched by e-mail). Used by the course-event pump and by the reach route,
// so the number a coordinator sees is computed the way the announcement will be.
import { topicsOfCourse, type AudiencePerson, type ConversationRecord, type CourseView } from "@campus-westum/bot";
import type { Audience, AudienceReach } from "../../contract/index.js";
import type { Services } from "../../services.js";
import { botServicesOf } from "../botServices.js";
import { chosenTargets } from "./chosenTargets.js";
import { registeredChats } from "./registeredChats.js";

export interface CourseTargets {
  audience: Audience;
  chats: ConversationRecord[];
  people: AudiencePerson[];
  withoutAddress: number;
}

export async function courseTargets(services: Services, courseId: string, course: Pick<CourseView, "areas" | "subRegions"> | undefined, event: "publish" | "change" | "cancel", chosen?: Audience): Promise<CourseTargets> {
  const bot = botServicesOf(services);
  const audience = chosen ?? (await bot.audiences.ofCourse(courseId));
  const targets = await chosenTargets(services, audience, course ? topicsOfCourse(course) : []);
  if (event === "publish") return { audience, ...targets };
  const { registrations } = await services.registrations.list(courseId);
  const registered = registrations.filter((r) => r.status !== "cancelled").map((r) => r.person);
  const registeredAddresses = new Set(registered.map((p) => p.email.trim().toLowerCase()));
  const reached = await registeredChats(bot.conversations, registered);
  // A registered contact is reached once, as registered.
  const contactChats = targets.chats.filter((c) => !(c.kind === "personal" && c.userId && registeredAddresses.has(c.userId.toLowerCase())));
  return {
    audience,
    chats: [...reached.chats, ...contactChats],
    people: [...reached.people, ...targets.people.filter((p) => !registeredAddresses.has(p.userId))],
    withoutAddress: targets.withoutAddress,
  };
}

/** The numbers a coordinator sees before sending: people and channels reached, and how many need the app installed. */
export async function reachOf(services: Services, targets: Omit<CourseTargets, "audience">): Promise<AudienceReach> {
  const bot = botServicesOf(services);
  const personal = new Map(targets.chats.filter((c) => c.kind === "personal").map((c) => [c.userId ?? c.conversationId, c]));
  const channels = new Set(targets.chats.filter((c) => c.kind !== "personal").map((c) => c.conversationId)).size;
  const people = targets.people.filter((p) => !personal.has(p.userId));
  const withChat = await Promise.all(people.map(async (p) => (bot.installer ? bot.installer.knows(p.userId) : false)));
  const toInstall = withChat.filter((known) => !known).length;
  return { people: personal.size + people.length, channels, toInstall, withoutAddress: targets.withoutAddress, installConfigured: bot.installer !== undefined };
}
