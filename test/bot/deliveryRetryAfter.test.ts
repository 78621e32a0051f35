// Retry-After as Teams and Graph send it, against the Bot Connector stand-in (time compressed
// tenfold): decimal seconds, long waits and none at all. The stand-in counts every request
// that comes before the Retry-After it was given has run out.
import { afterEach, describe, expect, it } from "vitest";
import { deliveryReport } from "../../api/src/bot/deliveryReport.js";
import { deliveriesPerConversation, startDeliveryHarness, type DeliveryHarness } from "./support/deliveryHarness.js";

let harness: DeliveryHarness | undefined;
afterEach(async () => harness?.close());

async function until(condition: () => Promise<boolean>, timeoutMs: number, describeState: () => Promise<string>): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; !(await condition()); await new Promise((r) => setTimeout(r, 50))) {
    if (Date.now() > deadline) throw new Error(`timed out; ${await describeState()}`);
  }
}

describe("Retry-After", () => {
  it("puts a delivery back on the queue for a long Retry-After instead of holding the worker or retrying early", async () => {
    // Five minutes, as SharePoint has sent (30 s at this time scale): far beyond what the worker sits out in process.
    harness = await startDeliveryHarness({ failures: { throttled: 0.25 }, retryAfterSeconds: 300 });
    const { standIn, bot } = harness;
    const recipients = await harness.recipients(40);
    await harness.announce("ann-long-wait", recipients);
    const worker = bot.createWorker();
    worker.start();
    // Every delivery answered: sent, or back on the queue until its Retry-After has run out.
    let waiting = 0;
    await until(async () => {
      const states = (await bot.ledger.records("ann-long-wait")).map((r) => r.state);
      waiting = states.filter((s) => s === "retrying").length;
      return states.filter((s) => s === "sent").length + waiting === 40;
    }, 45_000, async () => `ledger states ${JSON.stringify((await bot.ledger.records("ann-long-wait")).map((r) => r.state))}, stand-in ${JSON.stringify(standIn.stats)}`);
    expect(waiting).toBeGreaterThan(0);
    expect(waiting).toBe(standIn.stats.injected.throttled);
    expect(standIn.stats.requests).toBe(40); // nobody asked twice
    expect(standIn.stats.earlyRetries).toBe(0);
    expect(await deliveryReport(bot, "ann-long-wait")).toMatchObject({ sent: 40 - waiting, pending: waiting, failed: 0 });
    // The messages are invisible on the queue, not held in the worker.
    expect(await bot.queue.receive(32, 1_000)).toEqual([]);
    await worker.stop();
  }, 60_000);

  it("honours decimal seconds (Graph's 2.128) as seconds", async () => {
    harness = await startDeliveryHarness({ failures: { throttled: 0.2 }, retryAfterSeconds: 2.128 });
    const { standIn, bot } = harness;
    const recipients = await harness.recipients(60);
    await harness.announce("ann-decimal", recipients);
    const worker = bot.createWorker();
    worker.start();
    const report = await harness.waitUntilSettled("ann-decimal", 30_000);
    await worker.stop();
    expect(report).toMatchObject({ sent: 60, failed: 0 });
    expect(standIn.stats.injected.throttled).toBeGreaterThan(0);
    expect(standIn.stats.earlyRetries).toBe(0);
    expect([...deliveriesPerConversation(standIn).values()].every((n) => n === 1)).toBe(true);
  });

  it("backs off with jitter when 429s carry no Retry-After, and still pauses every send when they look tenant-wide", async () => {
    // The whole app throttled for a moment: the first 120 requests get 429 with no header
    // (Teams does not promise one), more than a fifth of the tenant budget in one window.
    harness = await startDeliveryHarness({ failures: { throttledFirst: 120 }, retryAfterSeconds: null, env: { BOT_DELIVERY_MAX_ATTEMPTS: "10" } });
    const { standIn, bot } = harness;
    const recipients = await harness.recipients(150);
    await harness.announce("ann-no-header", recipients);
    const worker = bot.createWorker();
    worker.start();
    const report = await harness.waitUntilSettled("ann-no-header", 25_000);
    await worker.stop();
    expect(report).toMatchObject({ sent: 150, failed: 0 });
    expect(standIn.stats.injected.throttled).toBe(120);
    expect(worker.stats.pauses).toBeGreaterThan(0);
    expect(standIn.stats.overLimit).toBe(0);
    expect([...deliveriesPerConversation(standIn).values()].every((n) => n === 1)).toBe(true);
  });
});
