// The delivery report of one announcement, for coordinators: how many were sent, failed
// (dead-lettered, with the errors), blocked (the user blocked or removed the bot, or the chat
// is gone), unreachable (a person without a chat the app could not be installed for: unknown
// user, no Teams licence, blocked by an app policy; docs/decisions/0016) and are still pending (queued, in flight or waiting for a retry). Refusals (a 403
// that is not the recipient's own, such as a tenant's app policy) are counted apart, and when
// they are a large share of the answers, or the worker paused because of them, `alarm` says
// so: the cause is likely one for an administrator, not the recipients.
import { ALARM_PAUSE_ERROR, DEFAULT_REFUSAL_WATCH, isRefusalError } from "@campus-westum/bot";
import type { DeliveryReportView } from "../contract/index.js";
import type { BotServices } from "./botServices.js";
import { reasonGroups } from "./deliveryReasons.js";

/** The contract's report (api/src/contract/announcements.ts), with the raw errors for operators. */
export interface DeliveryReport extends DeliveryReportView {
  /** People without a chat with the bot whom the app could not be installed for (the reason is in `reasons`). */
  unreachable: number;
  /** The most common errors of failed, blocked and refused deliveries, with their counts. */
  errors: { error: string; count: number }[];
}

export async function deliveryReport(bot: BotServices, announcementId: string): Promise<DeliveryReport | undefined> {
  const summary = await bot.announcements.summary(announcementId);
  if (!summary) return undefined;
  const records = await bot.ledger.records(announcementId);
  const count = (state: string) => records.filter((r) => r.state === state).length;
  const [sent, failed, blocked, unreachable] = [count("sent"), count("failed"), count("blocked"), count("unreachable")];
  const refusals = records.filter((r) => (r.state === "retrying" || r.state === "failed") && isRefusalError(r.error));
  const refused = refusals.length;
  const { minRefusals, share } = DEFAULT_REFUSAL_WATCH;
  const paused = refusals.some((r) => r.state === "retrying" && r.error === ALARM_PAUSE_ERROR);
  const errors = new Map<string, number>();
  for (const r of records) if ((r.state === "failed" || r.state === "blocked" || r.state === "unreachable" || isRefusalError(r.error)) && r.error) errors.set(r.error, (errors.get(r.error) ?? 0) + 1);
  return {
    announcementId,
    kind: summary.kind,
    title: summary.title,
    createdAt: summary.createdAt,
    recipients: summary.recipients,
    sent,
    failed,
    blocked,
    unreachable,
    // Never below zero: a repeated fan-out may have reached someone the first one did not count.
    pending: Math.max(0, summary.recipients - sent - failed - blocked - unreachable),
    refused,
    alarm: paused || (refused >= minRefusals && refused >= share * (sent + blocked + refused)),
    reasons: reasonGroups(records),
    errors: [...errors].map(([error, n]) => ({ error, count: n })).sort((a, b) => b.count - a.count).slice(0, 10),
  };
}
