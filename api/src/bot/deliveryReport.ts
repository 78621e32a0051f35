// The delivery report of one announcement, for coordinators: how many were sent, failed
// (dead-lettered, with the errors), blocked (the user blocked or removed the bot, or the chat
// is gone) and are still pending (queued, in flight or waiting for a retry).
import type { BotServices } from "./botServices.js";

export interface DeliveryReport {
  announcementId: string;
  kind: string;
  title: string;
  createdAt: string;
  recipients: number;
  sent: number;
  failed: number;
  blocked: number;
  pending: number;
  /** The most common errors of failed and blocked deliveries, with their counts. */
  errors: { error: string; count: number }[];
}

export async function deliveryReport(bot: BotServices, announcementId: string): Promise<DeliveryReport | undefined> {
  const summary = await bot.announcements.summary(announcementId);
  if (!summary) return undefined;
  const records = await bot.ledger.records(announcementId);
  const count = (state: string) => records.filter((r) => r.state === state).length;
  const [sent, failed, blocked] = [count("sent"), count("failed"), count("blocked")];
  const errors = new Map<string, number>();
  for (const r of records) if ((r.state === "failed" || r.state === "blocked") && r.error) errors.set(r.error, (errors.get(r.error) ?? 0) + 1);
  return {
    announcementId,
    kind: summary.kind,
    title: summary.title,
    createdAt: summary.createdAt,
    recipients: summary.recipients,
    sent,
    failed,
    blocked,
    // Never below zero: a repeated fan-out may have reached someone the first one did not count.
    pending: Math.max(0, summary.recipients - sent - failed - blocked),
    errors: [...errors].map(([error, n]) => ({ error, count: n })).sort((a, b) => b.count - a.count).slice(0, 10),
  };
}
