// The worker is a child process, killed with SIGKILL in the middle of an announcement and
// started again: every reachable recipient still gets the announcement exactly once. Sends
// that were in flight when it died are resent with the same activity id after their lease
// ends, and the stand-in (like an idempotent connector) shows them once.
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { afterEach, expect, it } from "vitest";
import { deliveriesPerConversation, startDeliveryHarness, type DeliveryHarness } from "./support/deliveryHarness.js";

const root = join(import.meta.dirname, "../..");
let harness: DeliveryHarness | undefined;
let worker: ChildProcess | undefined;

afterEach(async () => {
  if (worker?.exitCode === null) process.kill(-worker.pid!, "SIGKILL");
  await harness?.close();
});

function startWorker(env: Record<string, string>): ChildProcess {
  return spawn(join(root, "node_modules/.bin/tsx"), ["api/src/bot/deliveryWorkerMain.ts"], { cwd: root, env: { ...process.env, ...env }, detached: true, stdio: "ignore" });
}

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
}

it("loses nothing and duplicates nothing when the worker is killed mid-run", { timeout: 90_000 }, async () => {
  harness = await startDeliveryHarness({ failures: { blocked: 0.02, throttled: 0.05 } });
  const { standIn } = harness;
  const recipients = await harness.recipients(250);
  await harness.announce("ann-crash", recipients);

  worker = startWorker(harness.env);
  await until(() => standIn.delivered.length >= 80, 40_000);
  process.kill(-worker.pid!, "SIGKILL");
  await new Promise((resolve) => worker!.once("exit", resolve));
  const deliveredBeforeKill = standIn.delivered.length;
  expect(deliveredBeforeKill).toBeLessThan(245);

  worker = startWorker(harness.env);
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
