// A 403 is not always "blocked": only the codes Teams documents for one conversation mark a
// recipient inactive. A tenant's app policy (403 BotDisabledByAdmin) is a refusal: reported,
// tried again later a bounded number of times, and when it hits many at once the worker
// raises an alarm and pauses instead of burning through the audience.
import { afterEach, describe, expect, it } from "vitest";
import { deliveryReport } from "../../api/src/bot/deliveryReport.js";
import { errorLog, startDeliveryHarness, type DeliveryHarness } from "./support/deliveryHarness.js";

let harness: DeliveryHarness | undefined;
afterEach(async () => harness?.close());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("refused deliveries", () => {
  it("deactivates only blocked and vanished recipients; a refused one stays subscribed and is retried a bounded number of times", { timeout: 60_000 }, async () => {
    harness = await startDeliveryHarness({
      failures: { blocked: 0.1, gone: 0.05, refused: 0.08 },
      // Messages stay invisible while their sends wait, even on a loaded machine: a message
      // handed out again and again would fail for that reason (more than 2 x attempts) instead.
      env: { BOT_DELIVERY_MAX_ATTEMPTS: "3", BOT_DELIVERY_REFUSED_RETRY_SECONDS: "2", BOT_DELIVERY_VISIBILITY_SECONDS: "20", BOT_DELIVERY_LEASE_SECONDS: "10" },
    });
    const { standIn, bot } = harness;
    const recipients = await harness.recipients(100);
    const kinds = (kind: string) => recipients.filter((r) => standIn.isUnreachable(r.conversationId) === kind);
    const [blocked, gone, refused] = [kinds("blocked"), kinds("gone"), kinds("refused")];
    await harness.announce("ann-refused", recipients);
    const worker = bot.createWorker();
    worker.start();
    const report = await harness.waitUntilSettled("ann-refused", 45_000);
    await worker.stop();

    expect(report, JSON.stringify(report.errors)).toMatchObject({ sent: 100 - blocked.length - gone.length - refused.length, blocked: blocked.length + gone.length, failed: refused.length, refused: refused.length, alarm: false });
    if (refused.length > 0) {
      expect(report.errors).toContainEqual({ error: "gave up after 3 attempts: refused: 403 BotDisabledByAdmin: The tenant admin disabled this bot", count: refused.length });
    }
    expect(standIn.stats.injected.refused).toBe(3 * refused.length);
    expect(worker.stats.alarms).toBe(0);
    const active = new Map((await bot.conversations.all()).map((c) => [c.conversationId, c.active]));
    expect(refused.every((r) => active.get(r.conversationId) === true)).toBe(true);
    expect([...blocked, ...gone].every((r) => active.get(r.conversationId) === false)).toBe(true);
  });

  it("raises an alarm and pauses when a tenant policy refuses everyone, unsubscribing nobody", async () => {
    const log = errorLog();
    harness = await startDeliveryHarness({ failures: { refused: 1 }, log });
    const { standIn, bot } = harness;
    const recipients = await harness.recipients(300);
    await harness.announce("ann-tenant-refused", recipients);
    const worker = bot.createWorker();
    worker.start();
    for (const deadline = Date.now() + 20_000; worker.stats.alarms === 0; await sleep(20)) if (Date.now() > deadline) throw new Error("no alarm");
    await sleep(500); // sends already under way end; then nothing more goes out
    const requestsAfterAlarm = standIn.stats.requests;
    await sleep(500);
    expect(standIn.stats.requests).toBe(requestsAfterAlarm);
    // The alarm came after a window's worth of refusals, not after the whole audience.
    expect(requestsAfterAlarm).toBeLessThan(60);
    expect(log.errors[0]).toMatchObject({ message: expect.stringContaining("delivery alarm"), fields: { alarm: "deliveriesRefused" } });

    const report = await deliveryReport(bot, "ann-tenant-refused");
    expect(report).toMatchObject({ sent: 0, blocked: 0, failed: 0, alarm: true });
    expect(report!.refused).toBeGreaterThanOrEqual(10);
    expect((await bot.conversations.all()).every((c) => c.active)).toBe(true);
    await worker.stop();
  });
});
