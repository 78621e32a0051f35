// The worker is a child process, killed with SIGKILL in the middle of an announcement and
// started again: every reachable recipient still gets the announcement exactly once. Sends
// that were in flight when it died are resent with the same activity id after their lease
// ends, and the stand-in (like an idempotent connector) shows them once.
import type { ChildProcess } from "node:child_process";
import { afterEach, beforeAll, expect, it } from "vitest";
import { deliveriesPerConversation, startDeliveryHarness, type DeliveryHarness } from "./support/deliveryHarness.js";
import { buildWorker, startWorkerProcess } from "./support/workerProcess.js";

let harness: DeliveryHarness | undefined;
let worker: ChildProcess | undefined;

beforeAll(() => buildWorker());
afterEach(async () => {
  if (worker?.exitCode === null) process.kill(-worker.pid!, "SIGKILL");
  await harness?.close();
});

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 10));
  }
}

it("loses nothing and duplicates nothing when the worker is killed mid-run", { timeout: 90_000 }, async () => {
  harness = await startDeliveryHarness({ failures: { blocked: 0.03, throttled: 0.05 } });
  const { standIn } = harness;
  const recipients = await harness.recipients(160);
  await harness.announce("ann-crash", recipients);

  worker = await startWorkerProcess(harness.env);
  await until(() => standIn.delivered.length >= 40, 40_000);
  process.kill(-worker.pid!, "SIGKILL");
  await new Promise((resolve) => worker!.once("exit", resolve));
  const deliveredBeforeKill = standIn.delivered.length;
  // Killed mid-run: with a batch or two claimed ahead of the limiter, many claims end without a result.
  expect(deliveredBeforeKill).toBeLessThan(150);

  worker = await startWorkerProcess(harness.env);
  const report = await harness.waitUntilSettled("ann-crash", 60_000);
  process.kill(-worker.pid!, "SIGTERM");

  const reachable = recipients.filter((r) => !standIn.isUnreachable(r.conversationId));
  const perConversation = deliveriesPerConversation(standIn);
  const lost = reachable.filter((r) => !perConversation.has(r.conversationId));
  const duplicated = [...perConversation.values()].filter((n) => n > 1);
  expect({ lost: lost.length, duplicated: duplicated.length }).toEqual({ lost: 0, duplicated: 0 });
  expect(report).toMatchObject({ sent: reachable.length, blocked: recipients.length - reachable.length, failed: 0, pending: 0 });
  expect(standIn.stats.overLimit).toBe(0);
});
