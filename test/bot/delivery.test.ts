// The delivery engine against the Bot Connector stand-in (time compressed tenfold: 500/s):
// every reachable recipient gets the announcement exactly once (the stand-in, like Teams,
// would deliver a repeated send again and count it), blocked and vanished ones are marked
// inactive, transient failures are retried, and the stand-in never sees a limit exceeded.
import { afterEach, describe, expect, it } from "vitest";
import { deliveryReport } from "../../api/src/bot/deliveryReport.js";
import { deliveriesPerConversation, startDeliveryHarness, type DeliveryHarness } from "./support/deliveryHarness.js";

let harness: DeliveryHarness | undefined;
afterEach(async () => harness?.close());

describe("delivery engine", () => {
  it("delivers once to every reachable recipient within the limits, despite injected failures", { timeout: 60_000 }, async () => {
    // Shares high enough that 120 recipients include blocked and vanished ones (P(none) < 0.1%).
    harness = await startDeliveryHarness({ failures: { blocked: 0.04, gone: 0.02, throttled: 0.05, transient: 0.03 } });
    const { standIn, bot } = harness;
    const recipients = await harness.recipients(120);
    await harness.announce("ann-once", recipients);
    const worker = bot.createWorker();
    worker.start();
    const report = await harness.waitUntilSettled("ann-once", 40_000);
    await worker.stop();

    const unreachable = recipients.filter((r) => standIn.isUnreachable(r.conversationId));
    const perConversation = deliveriesPerConversation(standIn);
    expect(recipients.filter((r) => !standIn.isUnreachable(r.conversationId) && perConversation.get(r.conversationId) !== 1)).toEqual([]);
    expect(unreachable.every((r) => !perConversation.has(r.conversationId))).toBe(true);
    expect(report).toMatchObject({ recipients: 120, sent: 120 - unreachable.length, blocked: unreachable.length, failed: 0, pending: 0 });
    expect(standIn.stats.injected.throttled + standIn.stats.injected.transient).toBeGreaterThan(0);
    expect(standIn.stats.overLimit).toBe(0);
    expect(standIn.stats.duplicates).toBe(0);
    expect(standIn.stats.earlyRetries).toBe(0);
    expect(standIn.stats.peakTenantInWindow).toBeLessThanOrEqual(standIn.limits.tenant.limit);

    const blocked = await bot.conversations.get(unreachable[0]!.conversationId);
    expect(blocked?.active).toBe(false);
    // Sending the same announcement again (a repeated fan-out) delivers nothing new.
    await harness.announce("ann-once", recipients);
    const again = bot.createWorker();
    again.start();
    await new Promise((r) => setTimeout(r, 600));
    await again.stop();
    expect(standIn.delivered.length).toBe(120 - unreachable.length);
  });

  it("keeps each conversation within its own windows when one channel gets many announcements", async () => {
    harness = await startDeliveryHarness();
    const channels = await harness.recipients(3, "channel");
    for (let i = 0; i < 20; i++) await harness.announce(`ann-burst-${i}`, channels);
    const worker = harness.bot.createWorker();
    worker.start();
    for (let i = 0; i < 20; i++) await harness.waitUntilSettled(`ann-burst-${i}`, 20_000);
    await worker.stop();
    expect(harness.standIn.delivered.length).toBe(60);
    expect(harness.standIn.stats.overLimit).toBe(0);
    const limits = harness.standIn.limits.conversation.map((w) => w.limit);
    harness.standIn.stats.peakConversationInWindow.forEach((peak, i) => expect(peak).toBeLessThanOrEqual(limits[i]!));
  });

  it("settles a message the Functions queue trigger hands over, putting a retry back on the queue as a delayed copy", async () => {
    // Attempts enough that the retries in process always end by handing the message back (the
    // claim's lease bounds them), never by giving up: six quick random backoffs could use them all.
    harness = await startDeliveryHarness({ failures: { transient: 1 }, env: { BOT_DELIVERY_MAX_ATTEMPTS: "20" } });
    const [recipient] = await harness.recipients(1);
    await harness.announce("ann-handed", [recipient!]);
    const { bot } = harness;
    const [received] = await bot.queue.receive(1, 2_000);
    const worker = bot.createWorker();
    // Every send fails with 412/5xx: the worker retries in process, then re-enqueues a delayed copy.
    await worker.deliverOne(received!.message, 1, bot.queue.handedOver());
    await bot.queue.complete(received!); // what the host does when the function returns
    expect((await deliveryReport(bot, "ann-handed"))?.pending).toBe(1);
    // The copy becomes visible after the backoff (whole seconds on the queue).
    let again: Awaited<ReturnType<typeof bot.queue.receive>> = [];
    for (const deadline = Date.now() + 8_000; again.length === 0 && Date.now() < deadline; ) {
      await new Promise((r) => setTimeout(r, 250));
      again = await bot.queue.receive(1, 2_000);
    }
    expect(again.map((r) => r.message)).toEqual([received!.message]);
  });

  it("dead-letters a delivery with its error after the bounded number of attempts", async () => {
    harness = await startDeliveryHarness({ failures: { transient: 1 }, env: { BOT_DELIVERY_MAX_ATTEMPTS: "3" } });
    const [recipient] = await harness.recipients(1);
    await harness.announce("ann-doomed", [recipient!]);
    const worker = harness.bot.createWorker();
    worker.start();
    const report = await harness.waitUntilSettled("ann-doomed", 20_000);
    await worker.stop();
    expect(report).toMatchObject({ failed: 1, sent: 0, pending: 0 });
    expect(report.errors[0]?.error).toMatch(/gave up after 3 attempts/);
    const poisoned = (await harness.bot.queue.peekPoison()) as { message: { a: string }; error: string }[];
    expect(poisoned[0]).toMatchObject({ message: { a: "ann-doomed" }, error: expect.stringMatching(/gave up/) });
  });
});
