// Cards about trainings: the announcement of a new one (register, add to calendar), notices
// of change and cancellation, session reminders, and the list of upcoming ones.
import type { Lang } from "../conversations.js";
import { formatWhen } from "../i18n/format.js";
import { messages } from "../i18n/messages.js";
import type { CourseView, MemberChoice, RegisterResult, SessionView } from "../ports.js";
import { card, execute, facts, openUrl, searchableChoice, text, title, type AdaptiveCard, type Element } from "./adaptiveCard.js";
import { MEMBER_INPUT } from "./cardData.js";

const sessionLine = (s: SessionView, lang: Lang) => `${formatWhen(s.start, lang)}${s.place ? `, ${s.place}` : s.onlineUrl ? `, ${messages[lang].online}` : ""}`;

function courseFacts(course: CourseView, lang: Lang): Element {
  const m = messages[lang];
  return facts([
    [m.provider, course.providerName],
    [m.format, course.format[lang]],
    [m.sessions, course.sessions.map((s) => sessionLine(s, lang)).join("\n") || "-"],
    [m.deadline, formatWhen(course.registrationDeadline, lang)],
    ["", m.seatsLeft(course.seatsLeft)],
  ]);
}

/** A new training, with a register button and a link to its calendar file; `result` after a registration. */
export function trainingAnnouncementCard(course: CourseView, lang: Lang, calendarUrl: string, result?: RegisterResult): AdaptiveCard {
  const m = messages[lang];
  const outcome = result === undefined ? [] : [text(result.ok ? m.registeredAs[result.status] : m.registerRefused[result.reason], { color: result.ok ? "Good" : "Attention" })];
  const canRegister = result === undefined || (!result.ok && result.reason === "unavailable");
  return card(
    [text(m.newTraining, { subtle: true }), title(course.title), courseFacts(course, lang), ...outcome],
    [...(canRegister ? [execute(m.register, "register", { courseId: course.id }, "positive")] : []), openUrl(m.addToCalendar, calendarUrl)],
  );
}

/**
 * The announcement's answer when the directory does not know the person: which member she
 * belongs to, from the directory's members, then register (the choice comes back in the
 * register action's data as MEMBER_INPUT, and is recorded as her declaration).
 */
export function whichMemberCard(course: CourseView, members: MemberChoice[], lang: Lang, calendarUrl: string): AdaptiveCard {
  const m = messages[lang];
  return card(
    [
      text(m.newTraining, { subtle: true }),
      title(course.title),
      courseFacts(course, lang),
      text(m.whichMember, { color: "Warning" }),
      text(m.whichMemberText),
      searchableChoice(MEMBER_INPUT, m.memberLabel, members.map((member) => ({ title: member.name, value: member.id })), m.memberRequired),
    ],
    [execute(m.register, "register", { courseId: course.id }, "positive"), openUrl(m.addToCalendar, calendarUrl)],
  );
}

export interface SessionChange {
  before?: SessionView;
  after?: SessionView;
}

export function courseChangedCard(course: CourseView, changes: SessionChange[], lang: Lang, calendarUrl: string): AdaptiveCard {
  const m = messages[lang];
  const lines = changes.map((c) =>
    c.after ? `${c.before ? `${m.before}: ${sessionLine(c.before, lang)} → ` : ""}${m.after}: ${sessionLine(c.after, lang)}` : `${m.removed}: ${c.before ? sessionLine(c.before, lang) : "-"}`,
  );
  return card([text(m.changedTraining, { subtle: true, color: "Warning" }), title(course.title), text(`${m.changes}:\n\n${lines.map((l) => `- ${l}`).join("\n")}`)], [openUrl(m.addToCalendar, calendarUrl)]);
}

/** A seat from the waitlist: the course, and its calendar link. */
export function seatGivenCard(course: CourseView, lang: Lang, calendarUrl: string): AdaptiveCard {
  const m = messages[lang];
  return card([text(m.seatGiven, { subtle: true, color: "Good" }), title(course.title), text(m.seatGivenText), courseFacts(course, lang)], [openUrl(m.addToCalendar, calendarUrl)]);
}

export function courseCancelledCard(courseTitle: string, reason: string | undefined, lang: Lang): AdaptiveCard {
  const m = messages[lang];
  return card([text(m.cancelledTraining, { subtle: true, color: "Attention" }), title(courseTitle), ...(reason ? [text(m.cancelledBecause(reason))] : [])]);
}

export function sessionReminderCard(course: CourseView, session: SessionView, hoursBefore: number, lang: Lang): AdaptiveCard {
  const m = messages[lang];
  const where = session.place ? [text(`${m.place}: ${session.place}`)] : [];
  return card(
    [text(m.reminderTitle(hoursBefore), { subtle: true }), title(course.title), text(m.reminderText(course.title, formatWhen(session.start, lang))), ...where],
    session.onlineUrl ? [openUrl(m.join, session.onlineUrl)] : [],
  );
}

export function upcomingCard(courses: CourseView[], lang: Lang, filterLabel?: string): AdaptiveCard {
  const m = messages[lang];
  if (courses.length === 0) return card([title(m.upcomingTitle(filterLabel)), text(m.noUpcoming)]);
  const rows = courses.map((c) => text(`**${c.title}**, ${c.providerName}: ${c.sessions[0] ? formatWhen(c.sessions[0].start, lang) : "-"} (${m.seatsLeft(c.seatsLeft)})`));
  return card([title(m.upcomingTitle(filterLabel)), ...rows]);
}

export function myRegistrationsCard(items: { course: CourseView; status: "registered" | "waitlisted" | "cancelled"; position?: number }[], lang: Lang): AdaptiveCard {
  const m = messages[lang];
  if (items.length === 0) return card([title(m.myRegistrationsTitle), text(m.noRegistrations)]);
  return card([
    title(m.myRegistrationsTitle),
    ...items.map((i) =>
      text(`**${i.course.title}**: ${m.status[i.status]}${i.position ? ` (${m.waitlistPosition(i.position)})` : ""}${i.course.sessions[0] ? `, ${formatWhen(i.course.sessions[0].start, lang)}` : ""}`),
    ),
  ]);
}
