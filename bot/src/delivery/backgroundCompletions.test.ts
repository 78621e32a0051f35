// Finished messages are deleted in the background, a few at a time, and none starts while the
// worker is receiving the next batch; stopping waits until every one is deleted.
import { expect, it } from "vitest";
import { BackgroundCompletions } from "./backgroundCompletions.js";
import type { ReceivedDelivery } from "./ports.js";

const received = (c: string): ReceivedDelivery => ({ message: { a: "a", c, s: "https://smba.example", l: "sv" }, dequeueCount: 1, receipt: c });
const tick = () => new Promise((r) => setTimeout(r, 0));

function queue() {
  const started: string[] = [];
  const finish = new Map<string, () => void>();
  const complete = (r: ReceivedDelivery) =>
    new Promise<void>((resolve) => {
      started.push(r.message.c);
      finish.set(r.message.c, resolve);
    });
  return { started, complete, finish: (c: string) => finish.get(c)!() };
}

it("deletes at most `parallel` at once and none while a receive runs ahead", async () => {
  const { started, complete, finish } = queue();
  const completions = new BackgroundCompletions(complete, 2, () => {});
  let endReceive!: () => void;
  const receiving = completions.ahead(() => new Promise<void>((resolve) => (endReceive = resolve)));
  for (const c of ["m1", "m2", "m3"]) completions.add(received(c));
  expect(started).toEqual([]);
  endReceive();
  await receiving;
  expect(started).toEqual(["m1", "m2"]);
  let drained = false;
  void completions.drained().then(() => (drained = true));
  finish("m1");
  await tick();
  expect(started).toEqual(["m1", "m2", "m3"]);
  finish("m2");
  finish("m3");
  await tick();
  expect(drained).toBe(true);
  expect(completions.pending).toBe(0);
});
