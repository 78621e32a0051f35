// The worker is a child process, killed with SIGKILL in the middle of an announcement and
// started again, three times. Like Teams, the stand-in delivers a repeated send again (Teams
// documents no de-duplication on the client's activity id), so this measures the guarantee as
// it holds in production (docs/decisions/0006): nobody is lost, and the only duplicates are
// sends that Teams had accepted when the worker died but whose result was not yet recorded
// (found after each kill: delivered by the stand-in, while the ledger row still says
// "sending"), and sends whose answer did not come back in time (a timeout: the send is
// retried with the same id, and may have arrived; this loaded two-core machine sees a few).
// Claims taken ahead of the limiter and never sent are resent too, but they are first sends.
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

it("loses nothing when the worker is killed mid-run, and duplicates only sends in flight at each kill", { timeout: 150_000 }, async () => {
  // A longer lease than the other delivery tests: a send may take a third of it (2 s) before it
  // times out, so that few sends time out on a loaded machine.
  harness = await startDeliveryHarness({ failures: { blocked: 0.03, throttled: 0.05 }, env: { BOT_DELIVERY_LEASE_SECONDS: "6", BOT_DELIVERY_VISIBILITY_SECONDS: "6" } });
  const { standIn, bot } = harness;
  const recipients = await harness.recipients(200);
  await harness.announce("ann-crash", recipients);

  const inFlightAtKills: string[] = [];
  let unsettledAtKills = 0;
  for (const killAfter of [40, 90, 140]) {
    worker = await startWorkerProcess(harness.env);
    await until(() => standIn.delivered.length >= killAfter, 60_000);
    process.kill(-worker.pid!, "SIGKILL");
    await new Promise((resolve) => worker!.once("exit", resolve));
    // Requests already on their way still arrive, and storage writes already sent still land.
    await new Promise((r) => setTimeout(r, 300));
    const delivered = new Set(standIn.delivered.map((d) => d.conversationId));
    const unsettled = (await bot.ledger.records("ann-crash")).filter((r) => r.state === "sending");
    unsettledAtKills += unsettled.length;
    inFlightAtKills.push(...unsettled.filter((r) => delivered.has(r.conversationId)).map((r) => r.conversationId));
  }
  // Killed mid-run: with a batch or two claimed ahead of the limiter, many claims end without a result.
  expect(standIn.delivered.length).toBeLessThan(195);

  worker = await startWorkerProcess(harness.env);
  const report = await harness.waitUntilSettled("ann-crash", 60_000);
  process.kill(-worker.pid!, "SIGTERM");

  const reachable = recipients.filter((r) => !standIn.isUnreachable(r.conversationId));
  const perConversation = deliveriesPerConversation(standIn);
  const lost = reachable.filter((r) => !perConversation.has(r.conversationId));
  const duplicated = [...perConversation].filter(([, n]) => n > 1).map(([id]) => id);
  // A send that timed out is always tried again, so its row shows more than one attempt (the
  // row keeps its last error: "network: TimeoutError" where no later error replaced it).
  const rows = await bot.ledger.records("ann-crash");
  const retried = rows.filter((r) => r.attempts > 1).map((r) => r.conversationId);
  const timedOut = rows.filter((r) => r.error?.startsWith("network:")).length;
  const figures = { claimsWithoutResultAtKills: unsettledAtKills, inFlightAtKills: inFlightAtKills.length, timedOutAtLeast: timedOut, duplicated: duplicated.length };
  if (process.env.DEBUG_DELIVERY) console.log(JSON.stringify(figures));
  expect(lost).toEqual([]);
  // Every duplicate was in flight at a kill or sent more than once by one worker (a timeout);
  // nothing settled at its first send, and nothing claimed but never sent, arrived twice.
  expect(duplicated.filter((id) => !inFlightAtKills.includes(id) && !retried.includes(id))).toEqual([]);
  // And no more copies than that explains: one per kill the send was in flight at, and one per
  // repeated attempt (a send in flight at two kills, or timed out twice, may arrive three times).
  const attemptsOf = new Map(rows.map((r) => [r.conversationId, r.attempts]));
  const unexplained = duplicated.filter((id) => perConversation.get(id)! - 1 > inFlightAtKills.filter((k) => k === id).length + (attemptsOf.get(id) ?? 1) - 1);
  expect(unexplained).toEqual([]);
  expect(standIn.stats.duplicates).toBe(duplicated.reduce((sum, id) => sum + perConversation.get(id)! - 1, 0));
  expect(report).toMatchObject({ sent: reachable.length, blocked: recipients.length - reachable.length, failed: 0, pending: 0 });
  expect(standIn.stats.overLimit).toBe(0);
});
