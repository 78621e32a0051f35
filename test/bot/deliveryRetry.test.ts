// A coordinator's "Försök igen" on an announcement (POST /api/announcements/{id}/retry): only the
// failed deliveries go back to the queue, delivered recipients are never sent to again, a failed
// delivery whose chat was left becomes blocked instead, and staff cannot retry. The report and the
// list the tab shows come from the same API. Delivery runs through the real worker, Azurite and the
// Bot Connector stand-in (which counts every send, repeats included).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AnnouncementList, DeliveryReportView, DeliveryRetryResult, ProblemDetails } from "../../api/src/contract/index.js";
import { botServicesOf } from "../../api/src/bot/botServices.js";
import { retryFailedDeliveries } from "../../api/src/bot/deliveryRetry.js";
import { startApiHarness, type ApiHarness } from "../support/apiHarness.js";
import { deliveriesPerConversation, startDeliveryHarness, type DeliveryHarness } from "./support/deliveryHarness.js";

let delivery: DeliveryHarness;
let api: ApiHarness;
// The stand-in reads these on every request: a policy refuses a quarter of the chats at first.
const failures = { blocked: 0.1, refused: 0.25 };

beforeAll(async () => {
  delivery = await startDeliveryHarness({
    failures,
    env: { BOT_DELIVERY_MAX_ATTEMPTS: "2", BOT_DELIVERY_REFUSED_RETRY_SECONDS: "1", BOT_DELIVERY_ALARM_PAUSE_SECONDS: "1", BOT_DELIVERY_VISIBILITY_SECONDS: "20", BOT_DELIVERY_LEASE_SECONDS: "10" },
  });
  // The API over the same tables and queue as the worker.
  api = await startApiHarness({ env: delivery.env });
}, 60_000);
afterAll(async () => {
  await api?.close();
  await delivery?.close();
});

const ID = "ann-retry";
const report = async () => (await (await api.get(`/api/announcements/${ID}/report`, { token: await api.token("coordinator") })).json()) as DeliveryReportView;
const retry = async (token: string, id = ID, lang = "sv") => api.send("POST", `/api/announcements/${id}/retry`, { token, headers: { "Accept-Language": lang } });
const ledger = async () => (await delivery.bot.ledger.records(ID)).map(({ conversationId, state, attempts }) => ({ conversationId, state, attempts })).sort((a, b) => a.conversationId.localeCompare(b.conversationId));

async function settle(): Promise<void> {
  const worker = delivery.bot.createWorker();
  worker.start();
  await delivery.waitUntilSettled(ID, 45_000);
  await worker.stop();
}

async function expectProblem(response: Response, status: number): Promise<ProblemDetails> {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  return (await response.json()) as ProblemDetails;
}

describe("retrying an announcement's failed deliveries", () => {
  it("re-queues only the failed ones, never sends twice to a delivered recipient, and refuses staff", { timeout: 120_000 }, async () => {
    const recipients = await delivery.recipients(40);
    const { standIn } = delivery;
    const refused = recipients.filter((r) => standIn.isUnreachable(r.conversationId) === "refused");
    const blocked = recipients.filter((r) => standIn.isUnreachable(r.conversationId) === "blocked");
    expect(refused.length).toBeGreaterThan(1);
    await delivery.announce(ID, recipients);
    await settle();

    const first = await report();
    expect(first).toMatchObject({ recipients: 40, sent: 40 - refused.length - blocked.length, failed: refused.length, blocked: blocked.length, pending: 0 });
    expect(first.reasons).toContainEqual({ state: "failed", code: "refused-repeatedly", count: refused.length, example: expect.stringContaining("BotDisabledByAdmin") });
    if (blocked.length > 0) expect(first.reasons).toContainEqual(expect.objectContaining({ state: "blocked", code: "blocked-bot", count: blocked.length }));
    const list = (await (await api.get("/api/announcements", { token: await api.token("coordinator") })).json()) as AnnouncementList;
    expect(list.announcements).toContainEqual({ id: ID, kind: "test", title: `Announcement ${ID}`, createdAt: first.createdAt, recipients: 40 });

    // Staff may not retry, an unknown announcement is not found: nothing changes either way.
    const before = await ledger();
    expect((await expectProblem(await retry(await api.token("teacher")), 403)).status).toBe(403);
    expect((await expectProblem(await retry(await api.token("coordinator"), "ann-none"), 404)).detail).toBe("Det finns inget utskick med det id:t.");
    expect(await ledger()).toEqual(before);
    expect((await delivery.bot.queue.approximateCount()).waiting).toBe(0);
    expect((await (await api.get("/api/announcements", { token: await api.token("teacher") })).status)).toBe(403);

    // The policy is lifted, and one refused person has left the chat meanwhile.
    failures.refused = 0;
    const [left, ...retried] = refused;
    await delivery.bot.conversations.markInactive(left!.conversationId, "403 MessageWritesBlocked");
    const sentBefore = deliveriesPerConversation(standIn);
    const answer = await retry(await api.token("coordinator"), ID, "en");
    expect(answer.status).toBe(202);
    const result = (await answer.json()) as DeliveryRetryResult;
    expect(result).toMatchObject({ requeued: retried.length, notRetryable: 1 });
    expect(result.report).toMatchObject({ failed: 0, blocked: blocked.length + 1, pending: retried.length });
    expect(result.report.reasons).toContainEqual(expect.objectContaining({ state: "blocked", code: "blocked-bot" }));
    // Only the failed rows changed; delivered and blocked ones are as they were.
    const reopened = new Set(retried.map((r) => r.conversationId));
    const after = await ledger();
    expect(after.filter((row) => row.conversationId !== left!.conversationId && !reopened.has(row.conversationId))).toEqual(before.filter((row) => row.conversationId !== left!.conversationId && !reopened.has(row.conversationId)));
    expect(after.filter((row) => reopened.has(row.conversationId)).every((row) => row.state === "retrying" && row.attempts === 0)).toBe(true);
    expect((await delivery.bot.queue.approximateCount()).waiting).toBe(retried.length);

    await settle();
    const perConversation = deliveriesPerConversation(standIn);
    for (const r of recipients) {
      const expected = reopened.has(r.conversationId) ? 1 : sentBefore.get(r.conversationId) ?? 0;
      expect(perConversation.get(r.conversationId) ?? 0, r.conversationId).toBe(expected);
    }
    expect(standIn.stats.duplicates).toBe(0);
    expect(await report()).toMatchObject({ sent: 40 - blocked.length - 1, failed: 0, blocked: blocked.length + 1, pending: 0 });

    // Nothing is left to retry: a clear conflict, in Swedish or English.
    expect((await expectProblem(await retry(await api.token("coordinator")), 409)).detail).toMatch(/^Utskicket har inga misslyckade leveranser just nu/);
    expect((await expectProblem(await retry(await api.token("coordinator"), ID, "en"), 409)).detail).toMatch(/^The announcement has no failed deliveries right now/);
    expect(deliveriesPerConversation(standIn)).toEqual(perConversation);
  });

  it("reopens each failed delivery once when two coordinators retry at once or press again, past a transaction's 100 rows; a retry cut short is picked up an hour later", { timeout: 60_000 }, async () => {
    const id = "ann-retry-many";
    const bot = botServicesOf(api.services);
    const recipients = await delivery.recipients(250);
    await delivery.announce(id, recipients);
    // Every delivery failed (as the worker records it), without sending anything.
    const claims = await bot.ledger.claimMany(recipients.map((r) => ({ announcementId: id, conversationId: r.conversationId })), 60_000);
    await bot.ledger.settleMany(claims.map((c) => ({ claim: (c as Extract<typeof c, { kind: "claimed" }>).claim, settlement: { state: "failed" as const, attempts: 6, error: "gave up after 6 attempts: 503 ServiceError" } })));
    const waitingBefore = (await bot.queue.approximateCount()).waiting;

    const [a, b] = await Promise.all([retryFailedDeliveries(api.services, id), retryFailedDeliveries(api.services, id)]);
    // Both may have listed every row, but a row's ETag lets only one reopen it and queue its message.
    expect(a!.requeued + b!.requeued).toBe(250);
    expect((await bot.queue.approximateCount()).waiting - waitingBefore).toBe(250);
    const states = await bot.ledger.records(id);
    expect(states.every((r) => r.state === "retrying" && r.attempts === 0)).toBe(true);
    // Pressed again while those messages wait: nothing more is queued.
    expect(await retryFailedDeliveries(api.services, id)).toEqual({ requeued: 0, notRetryable: 0 });
    expect((await bot.queue.approximateCount()).waiting - waitingBefore).toBe(250);
    // Two hours on, rows still waiting are taken for a retry cut short before the queue, and queued again.
    const later = { ...api.services, now: () => Date.now() + 2 * 3_600_000 };
    expect(await retryFailedDeliveries(later, id)).toEqual({ requeued: 250, notRetryable: 0 });
    expect((await bot.queue.approximateCount()).waiting - waitingBefore).toBe(500);
  });
});
