// Fan-out: an announcement becomes one queue message per recipient. The row is written first,
// then the messages; a fan-out that dies half-way is simply run again (the timer does), and the
// deliveries it enqueues a second time are settled by the ledger without a second send.
import type { Announcement, AnnouncementPort, ConversationRecord, DeliveryMessage, DeliveryQueue } from "@campus-westum/bot";
import type { AnnouncementStore } from "./announcementStore.js";

export class QueueFanOut implements AnnouncementPort {
  constructor(
    private readonly store: AnnouncementStore,
    private readonly queue: DeliveryQueue,
    private readonly now: () => number = Date.now,
  ) {}

  async announce(announcement: Announcement, recipients: ConversationRecord[]): Promise<{ recipients: number }> {
    const unique = [...new Map(recipients.filter((r) => r.active).map((r) => [r.conversationId, r])).values()];
    await this.store.create(announcement, new Date(this.now()).toISOString());
    await this.store.setRecipients(announcement.id, unique.length);
    const messages: DeliveryMessage[] = unique.map((r) => ({ a: announcement.id, c: r.conversationId, s: r.serviceUrl, l: r.lang }));
    await this.queue.enqueue(messages);
    await this.store.markFannedOut(announcement.id, new Date(this.now()).toISOString());
    return { recipients: unique.length };
  }
}
