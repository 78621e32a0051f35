// Results are written in batches, one write at a time: what arrives while a write is under
// way goes into the next one, so a slow store gets fewer, fuller transactions; every result
// learns whether its claim was kept.
import { expect, it } from "vitest";
import type { DeliveryClaim, DeliveryLedger } from "./ports.js";
import { SettleBatcher } from "./settleBatcher.js";

function slowLedger() {
  const writes: string[][] = [];
  const finish: (() => void)[] = [];
  const ledger: DeliveryLedger = {
    claimMany: async () => [],
    settleMany: (settlements) => {
      writes.push(settlements.map((s) => s.claim.conversationId));
      return new Promise((resolve) => finish.push(() => resolve(settlements.map((s) => s.claim.conversationId !== "lost"))));
    },
  };
  return { ledger, writes, finishWrite: () => finish.shift()!() };
}

const claim = (conversationId: string): DeliveryClaim => ({ announcementId: "a", conversationId, attempts: 0, uncertain: false, version: "etag" });
const sent = { state: "sent", attempts: 1, activityId: "x" } as const;
const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

it("collects what arrives during a write into the next write", async () => {
  const { ledger, writes, finishWrite } = slowLedger();
  const batcher = new SettleBatcher(ledger, 5);
  const first = batcher.settle(claim("c1"), sent);
  await tick(20);
  const later = ["c2", "c3", "lost"].map((id) => batcher.settle(claim(id), sent));
  await tick(20);
  expect(writes).toEqual([["c1"]]);
  finishWrite();
  await tick(0);
  expect(writes).toEqual([["c1"], ["c2", "c3", "lost"]]);
  finishWrite();
  expect(await Promise.all([first, ...later])).toEqual([true, true, true, false]);
});
