// The limiter's order of service, on a fake clock: a retry (which has waited out its
// Retry-After) is sent before first sends that are still waiting, a conversation at its own
// limit holds up nobody else, and a conversation's window runs from each request's answer.
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { TeamsRateLimiter, type Answered } from "./rateLimiter.js";
import type { TeamsLimits } from "./teamsLimits.js";

const limits: TeamsLimits = { tenant: { limit: 10, windowMs: 1000 }, conversation: [{ limit: 2, windowMs: 1000 }] };

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function limiter() {
  const granted: string[] = [];
  const limiter = new TeamsRateLimiter(limits, { guard: 0, now: () => Date.now() });
  // Each request is answered at once.
  const acquire = (conversationId: string, retry = false) =>
    void limiter.acquire(conversationId, { retry }).then((answered) => {
      granted.push(conversationId);
      answered();
    });
  return { granted, acquire };
}

it("sends a retry before first sends that are still waiting", async () => {
  const { granted, acquire } = limiter();
  for (const id of ["a", "b", "c", "d"]) acquire(id);
  await vi.advanceTimersByTimeAsync(0);
  acquire("retried", true);
  await vi.advanceTimersByTimeAsync(1000);
  expect(granted).toEqual(["a", "retried", "b", "c", "d"]);
});

it("lets other conversations go ahead of one that is at its own limit", async () => {
  const { granted, acquire } = limiter();
  for (const id of ["busy", "busy", "busy", "other-1", "other-2"]) acquire(id);
  await vi.advanceTimersByTimeAsync(500);
  expect(granted).toEqual(["busy", "busy", "other-1", "other-2"]);
  await vi.advanceTimersByTimeAsync(1000);
  expect(granted).toEqual(["busy", "busy", "other-1", "other-2", "busy"]);
});

it("counts a conversation's request from its answer, however long that took", async () => {
  const oneAtATime = new TeamsRateLimiter({ ...limits, conversation: [{ limit: 1, windowMs: 1000 }] }, { guard: 0, now: () => Date.now() });
  const start = Date.now();
  const answers: Answered[] = [];
  const granted: number[] = [];
  for (let i = 0; i < 2; i++)
    void oneAtATime.acquire("chat").then((answered) => {
      granted.push(Date.now() - start);
      answers.push(answered);
    });
  await vi.advanceTimersByTimeAsync(1500);
  expect(granted).toEqual([0]);
  answers[0]!();
  await vi.advanceTimersByTimeAsync(999);
  expect(granted).toEqual([0]);
  await vi.advanceTimersByTimeAsync(1);
  expect(granted).toEqual([0, 2500]);
});

it("paces the tenant evenly and never grants more than its limit in a window", async () => {
  const { granted, acquire } = limiter();
  for (let i = 0; i < 25; i++) acquire(`chat-${i}`);
  await vi.advanceTimersByTimeAsync(999);
  expect(granted).toHaveLength(10);
  await vi.advanceTimersByTimeAsync(1000);
  expect(granted).toHaveLength(20);
});
