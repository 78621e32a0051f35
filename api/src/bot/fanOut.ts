// Fan-out: an announcement becomes one queue message per recipient. The row is written first,
// then the messages; a fan-out that dies half-way is simply run again (the timer does), and the
// deliveries it enqueues a second time are settled by the ledger without a second send.
// People named by their object id go to their personal chat; one who never had a chat with the
// bot gets a delivery that installs the app for her first (its key is her id, so a repeated
// fan-out finds the same ledger row even after her chat exists, and her new chat is left out of
// a repeated fan-out). One whose chat was marked inactive (she blocked or removed the bot) is not
// installed again.
import { PERSON_ID, userDeliveryKey, type Announcement, type AnnouncementPort, type AudiencePerson, type ConversationRecord, type DeliveryMessage, type DeliveryQueue } from "@campus-westum/bot";
import type { AnnouncementStore } from "./announcementStore.js";
import type { TablesConversationStore } from "./conversationStore.js";
import type { TablesDeliveryLedger } from "./deliveryLedger.js";


export class QueueFanOut implements AnnouncementPort {
  constructor(
    private readonly store: AnnouncementStore,
    private readonly queue: DeliveryQueue,
    private readonly conversations: TablesConversationStore,
    private readonly ledger: TablesDeliveryLedger,
    /** Where chats opened by installation are reached until Teams gives their own service URL. */
    private readonly installServiceUrl: string,
    private readonly now: () => number = Date.now,
  ) {}

  async announce(announcement: Announcement, recipients: ConversationRecord[], people: AudiencePerson[] = []): Promise<{ recipients: number }> {
    const first = await this.store.create(announcement, new Date(this.now()).toISOString());
    const installedEarlier = first ? new Set<string>() : await this.installDeliveries(announcement.id);
    const active = recipients.filter((r) => r.active && !(r.kind === "personal" && r.userId && installedEarlier.has(userDeliveryKey(r.userId))));
    const unique = [...new Map(active.map((r) => [r.conversationId, r])).values()];
    const toInstall = await this.withoutChat(people, unique);
    const total = unique.length + toInstall.length;
    await this.store.setRecipients(announcement.id, total);
    const messages = interleaved(
      unique.map((r): DeliveryMessage => ({ a: announcement.id, c: r.conversationId, s: r.serviceUrl, l: r.lang })),
      toInstall.map((p): DeliveryMessage => ({ a: announcement.id, c: userDeliveryKey(p.userId), s: this.installServiceUrl, l: p.lang ?? "sv", u: p.userId.toLowerCase() })),
    );
    await this.queue.enqueue(messages);
    await this.store.markFannedOut(announcement.id, new Date(this.now()).toISOString());
    return { recipients: total };
  }

  /** Keys of the deliveries a fan-out of this announcement made to people without a chat. */
  private async installDeliveries(announcementId: string): Promise<Set<string>> {
    const records = await this.ledger.records(announcementId);
    return new Set(records.map((r) => r.conversationId).filter((c) => c.startsWith(userDeliveryKey(""))));
  }

  /** The people with no personal chat with the bot, active or not, among the recipients or in the store. */
  private async withoutChat(people: AudiencePerson[], recipients: ConversationRecord[]): Promise<AudiencePerson[]> {
    const wanted = new Map(people.filter((p) => PERSON_ID.test(p.userId)).map((p) => [p.userId.toLowerCase(), p]));
    if (wanted.size === 0) return [];
    const known = [...recipients, ...(await this.conversations.all())];
    for (const r of known) if (r.kind === "personal" && r.userId) wanted.delete(r.userId.toLowerCase());
    return [...wanted.values()];
  }
}

/**
 * Both lists in one, each spread evenly over the whole: installs are paced by Graph (30 a
 * second), sends by Teams (50), so chats already known fill the send budget while installs run,
 * instead of all waiting behind them or all going first.
 */
function interleaved<T>(a: T[], b: T[]): T[] {
  const out: T[] = [];
  for (let i = 0, j = 0; i < a.length || j < b.length; ) {
    if (j >= b.length || (i < a.length && i / a.length <= j / b.length)) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}
