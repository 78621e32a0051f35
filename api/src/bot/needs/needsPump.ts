// The needs inventory's pump (issue 13): turns the records the needs store writes with a round's
// change (needsEvents.ts, a transactional outbox) into announcements. A sent round: the answer
// card to every recipient (needsRecipients.ts). A reminder: the card again, to the recipients of
// the members named that still have not answered when the pump runs. A provider request: the
// question "can you give a course in this area?" to every contact of the members named.
//
// A timer job with a cursor, like the course-event pump (eventCursor.ts, decision 0009): a record
// already fanned out is skipped, and the fan-out is idempotent per recipient (the delivery ledger,
// decisions 0006 and 0016: people without a chat get the app installed first), so a run repeated
// after a crash sends nobody anything twice. A round that closed before the pump saw its record
// is not news: nothing is sent.
import { needsAnnouncementId, needsProviderAnnouncement, needsRoundAnnouncement, type Announcement, type AudiencePerson } from "@campus-westum/bot";
import { EDUCATION_AREAS } from "../../contract/index.js";
import type { NeedsRoundRecord } from "../../domain/needs/needsRound.js";
import type { Services } from "../../services.js";
import type { NeedsEvent } from "../../store/needsEvents.js";
import { botServicesOf } from "../botServices.js";
import { readSinceCursor } from "../eventCursor.js";
import { roundView } from "./needsPort.js";
import { needsRecipients } from "./needsRecipients.js";

export interface NeedsPumpResult {
  cursor: string;
  announced: { id: string; kind: string; recipients: number }[];
}

export async function pumpNeedsEvents(services: Services, cursor: string): Promise<NeedsPumpResult> {
  const bot = botServicesOf(services);
  const announced: NeedsPumpResult["announced"] = [];
  const next = await readSinceCursor(cursor, (after, limit) => services.needsEvents.listSince(after, limit), async (event) => {
    if (await bot.announcements.isFannedOut(needsAnnouncementId(event))) return;
    const result = await announceRecord(services, event);
    if (result) announced.push(result);
  });
  return { cursor: next, announced };
}

async function announceRecord(services: Services, event: NeedsEvent): Promise<NeedsPumpResult["announced"][number] | undefined> {
  const round = (await services.needs.getRound(event.roundId))?.record;
  if (!round) return undefined;
  const view = roundView(round, services.now());
  const members = (await services.directory.current()).all();
  switch (event.type) {
    case "needs-round-sent": {
      if (view.status !== "open") return undefined;
      return announceToPeople(services, needsRoundAnnouncement(view, event.id, false), needsRecipients(members, round.recipientRoles).people);
    }
    case "needs-reminder": {
      if (view.status !== "open") return undefined;
      const waiting = await withoutAnswer(services, round, event.memberIds);
      return announceToPeople(services, needsRoundAnnouncement(view, event.id, true), needsRecipients(members, round.recipientRoles, waiting).people);
    }
    case "needs-provider-request": {
      const area = EDUCATION_AREAS.find((a) => a.id === event.area)!;
      const request = { roundTitle: round.title, area: { id: area.id, sv: area.sv, en: area.en }, ...(event.askedBy ? { askedBy: event.askedBy } : {}) };
      return announceToPeople(services, needsProviderAnnouncement(request, event.id), needsRecipients(members, undefined, event.memberIds).people);
    }
  }
}

/** Of `memberIds`, those that have not answered the round (yet). */
export async function withoutAnswer(services: Services, round: Pick<NeedsRoundRecord, "id">, memberIds: readonly string[]): Promise<string[]> {
  const answered = new Set((await services.needs.listAnswerRecords(round.id)).filter((a) => a.version > 0).map((a) => a.memberId));
  return memberIds.filter((id) => !answered.has(id));
}

/**
 * The fan-out installs the app for people without a chat and leaves out those with one unless
 * their chat is among the recipients: a contact reached before (her chat stored under her
 * address) is sent to in that chat.
 */
export async function announceToPeople(services: Services, announcement: Announcement, people: AudiencePerson[]): Promise<{ id: string; kind: string; recipients: number }> {
  const bot = botServicesOf(services);
  const chats = await bot.conversations.personalChatsOf(people.map((p) => p.userId));
  const { recipients } = await bot.fanOut.announce(announcement, chats, people);
  services.log.info("needs card announced", { announcementId: announcement.id, kind: announcement.kind, recipients });
  return { id: announcement.id, kind: announcement.kind, recipients };
}
