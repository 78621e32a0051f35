// The needs round's automatic reminder (issue 13): `reminderDaysBefore` days before the deadline
// day, at 09:00 Stockholm time, moved out of quiet hours (nights, weekends: decision 0009), the
// card again to the recipients of the members that have not answered. A bot timer job over the
// window [last run, now): a run that was missed is made up by the next one, while the round is
// still open. Its announcement id is fixed per round and deadline, so a run repeated after a crash
// (or two instances) sends nobody anything twice; a moved deadline gets a reminder of its own.
import { addDays, DEFAULT_QUIET_HOURS, needsAnnouncementId, needsRoundAnnouncement, nextAllowed, stockholmInstant, type QuietHours } from "@campus-westum/bot";
import { deadlineEnd, roundStatus, type NeedsRoundRecord } from "../../domain/needs/needsRound.js";
import type { Services } from "../../services.js";
import { botServicesOf } from "../botServices.js";
import { roundView } from "./needsPort.js";
import { announceToPeople, withoutAnswer } from "./needsPump.js";
import { needsRecipients } from "./needsRecipients.js";

/** The hour of the reminder day it goes out (Stockholm). */
export const REMINDER_HOUR = 9;

/** When the round's automatic reminder goes out, or undefined: none asked for, or no time left before the deadline ends. */
export function autoReminderAt(round: Pick<NeedsRoundRecord, "deadline" | "reminderDaysBefore" | "sentAt">, quiet: QuietHours = DEFAULT_QUIET_HOURS): number | undefined {
  if (!round.sentAt || round.reminderDaysBefore <= 0) return undefined;
  const at = nextAllowed(stockholmInstant(addDays(round.deadline, -round.reminderDaysBefore), REMINDER_HOUR), quiet);
  // A round sent after its reminder time has just had the card: no reminder on top of it.
  if (at >= deadlineEnd(round.deadline) || at <= Date.parse(round.sentAt)) return undefined;
  return at;
}

/** The record id of a round's automatic reminder: one per round and deadline. */
export const autoReminderId = (round: Pick<NeedsRoundRecord, "id" | "deadline">) => `auto-${round.id}-${round.deadline}`;

/** Sends the automatic reminders due in [since, now); returns what it sent. */
export async function sendNeedsAutoReminders(services: Services, since: number, now: number): Promise<{ roundId: string; recipients: number }[]> {
  const bot = botServicesOf(services);
  const sent: { roundId: string; recipients: number }[] = [];
  for (const round of await services.needs.listRounds()) {
    const at = autoReminderAt(round);
    if (at === undefined || at < since || at >= now || roundStatus(round, now) !== "open") continue;
    const id = autoReminderId(round);
    if (await bot.announcements.isFannedOut(needsAnnouncementId({ type: "needs-reminder", id }))) continue;
    const members = (await services.directory.current()).all();
    const everyone = needsRecipients(members, round.recipientRoles);
    const waiting = await withoutAnswer(services, round, everyone.memberIds);
    if (waiting.length === 0) continue;
    const { people } = needsRecipients(members, round.recipientRoles, waiting);
    const { recipients } = await announceToPeople(services, needsRoundAnnouncement(roundView(round, now), id, true), people);
    sent.push({ roundId: round.id, recipients });
  }
  return sent;
}
