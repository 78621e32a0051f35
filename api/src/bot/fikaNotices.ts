// The fika's timer job: for each active series, the invitation a week before each occurrence
// (to the series' audience: the subscribers of "fika" unless a coordinator chose otherwise,
// audience/fikaAudience.ts), with that occurrence's pairing round (each group of the people who
// opted in gets a card with a chat link), and the reminder on the day at 09:00 with the join link
// (to the same audience, except those who said they cannot come). A run sends what fell due
// in [the last run, now); ids are per occurrence, so a repeated run sends nothing twice.
import { addDays, fikaInvitationAnnouncement, fikaPairAnnouncement, fikaReminderAnnouncement, nextAllowed, occurrencesBetween, pairUp, stockholmInstant, stockholmWall, type FikaOccurrence } from "@campus-westum/bot";
import type { Services } from "../services.js";
import { fikaTargets } from "./audience/fikaAudience.js";
import { botServicesOf } from "./botServices.js";
import { occurrenceOf } from "./fikaPort.js";
import { fikaStoreOf } from "./fikaServices.js";
import type { FikaSeries } from "./fikaStore.js";

const MINUTE = 60_000;
const REMINDER_HOUR = 9;

/** When the invitation and the day's reminder of an occurrence go (the reminder at 09:00, or half an hour before an earlier start). */
export function fikaNoticeTimes(startMs: number): { invitationAt: number; reminderAt: number } {
  const invitationDue = stockholmInstant(addDays(stockholmWall(startMs).date, -7), stockholmWall(startMs).hour, stockholmWall(startMs).minute);
  return {
    invitationAt: Math.min(nextAllowed(invitationDue), startMs - 60 * MINUTE),
    reminderAt: Math.min(stockholmInstant(stockholmWall(startMs).date, REMINDER_HOUR), startMs - 30 * MINUTE),
  };
}

/**
 * Notices missed while no timer ran are made up, but only those of the last 8 days: an invitation
 * due earlier was for a fika that is over. This also bounds each run's expansion of every series.
 */
const MAKE_UP_MS = 8 * 1440 * MINUTE;

export async function sendFikaNotices(services: Services, since: number, now: number): Promise<{ id: string; recipients: number }[]> {
  const sent: { id: string; recipients: number }[] = [];
  const { valid, invalid } = await fikaStoreOf(services).listAllSeries();
  if (invalid.length > 0) services.log.warn("fika series skipped: not valid", { ids: invalid.map((s) => s.id) });
  since = Math.max(since, now - MAKE_UP_MS);
  for (const series of valid.filter((s) => s.active)) {
    for (const start of occurrencesBetween(series, since, now + 8 * 1440 * MINUTE)) {
      const { invitationAt, reminderAt } = fikaNoticeTimes(start);
      const fika = occurrenceOf(series, start);
      if (invitationAt >= since && invitationAt < now) sent.push(await invite(services, fika), ...(await pairRound(services, series, fika)));
      if (reminderAt >= since && reminderAt < now) sent.push(await remind(services, fika));
    }
  }
  return sent;
}

async function invite(services: Services, fika: FikaOccurrence) {
  const counts = await fikaStoreOf(services).counts(fika.seriesId, Date.parse(fika.start));
  const announcement = fikaInvitationAnnouncement(fika, counts);
  const targets = await fikaTargets(services, fika.seriesId);
  const { recipients } = await botServicesOf(services).fanOut.announce(announcement, targets.chats, targets.people);
  return { id: announcement.id, recipients };
}

async function remind(services: Services, fika: FikaOccurrence) {
  const declined = await fikaStoreOf(services).declined(fika.seriesId, Date.parse(fika.start));
  const targets = await fikaTargets(services, fika.seriesId);
  const chats = targets.chats.filter((c) => !(c.kind === "personal" && c.userId && declined.has(c.userId)));
  const people = targets.people.filter((p) => !declined.has(p.userId));
  const announcement = fikaReminderAnnouncement(fika);
  const { recipients } = await botServicesOf(services).fanOut.announce(announcement, chats, people);
  return { id: announcement.id, recipients };
}

/** The pairing round of one occurrence: decided once (stored), then a card to each group. */
async function pairRound(services: Services, series: FikaSeries, fika: FikaOccurrence) {
  const store = fikaStoreOf(services);
  const bot = botServicesOf(services);
  const startMs = Date.parse(fika.start);
  const people = await store.optedIn();
  if (people.length < 2) return [];
  const proposed = pairUp(people.map((p) => ({ id: p.personId, memberId: p.memberId })), await store.recentRounds(3), startMs % 2_147_483_647);
  const groups = await store.saveRound(`${series.id}-${startMs}`, proposed.groups);
  const byId = new Map(people.map((p) => [p.personId, p]));
  const sent: { id: string; recipients: number }[] = [];
  for (const [index, group] of groups.entries()) {
    const partners = group.flatMap((id) => byId.get(id) ?? []).map((p) => ({ name: p.name, email: p.email }));
    const announcement = fikaPairAnnouncement(fika, index, partners);
    const { recipients } = await bot.fanOut.announce(announcement, await bot.conversations.personalChatsOf(group));
    sent.push({ id: announcement.id, recipients });
  }
  return sent;
}
