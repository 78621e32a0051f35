// The delivery worker: takes delivery messages from the queue, claims each delivery in the
// ledger, sends it within the Teams limits and records the result. Every path ends in exactly
// one of: complete (sent, blocked, or already settled), release (retry later; the queue keeps
// the message) or dead-letter (failed, with the error). See docs/decisions/0006 for the
// exactly-once argument and its window.
import { deliveryActivityId } from "./activityId.js";
import { retryDelayMs, type BackoffSettings } from "./backoff.js";
import type { DeliveryMessage } from "./deliveryMessage.js";
import type { AnnouncementActivities, ClaimResult, Connector, DeliveryClaim, DeliveryLedger, DeliveryQueue, MessageSettler, Recipients, ReceivedDelivery, Settlement } from "./ports.js";
import { TeamsRateLimiter } from "./rateLimiter.js";
import { networkOutcome, outcomeOf, type SendOutcome } from "./sendOutcome.js";
import type { TeamsLimits } from "./teamsLimits.js";
import { SettleBatcher } from "./settleBatcher.js";
import { ThrottleWatch } from "./throttleWatch.js";
import type { BotActivity } from "../connector/activity.js";

export interface DeliveryWorkerSettings {
  limits: TeamsLimits;
  /** Deliveries in flight at once (waiting for the limiter included). */
  concurrency: number;
  /** Messages per receive (the queue gives at most 32). */
  batchSize: number;
  visibilityMs: number;
  /** How long a claim keeps others off a delivery; longer than a send's timeout plus retries in process. */
  leaseMs: number;
  maxAttempts: number;
  /** Shorter waits are slept in process, holding the claim; longer ones go back to the queue. */
  inProcessRetryMaxMs: number;
  backoff: BackoffSettings;
  idleWaitMs: number;
  /**
   * A claim that ended without a result (the worker died mid-send) may have reached Teams.
   * "resend": send again with the same activity id (exactly once where the connector
   * de-duplicates on it; at least once otherwise). "skip": record it failed (at most once).
   */
  uncertainSends: "resend" | "skip";
  /** Fraction the limiter stretches its windows by. */
  guard: number;
  /** How long results are collected before they are written together. */
  settleFlushMs: number;
}

export const defaultWorkerSettings = (limits: TeamsLimits): DeliveryWorkerSettings => ({
  limits,
  concurrency: 64,
  batchSize: 32,
  visibilityMs: 60_000,
  leaseMs: 45_000,
  maxAttempts: 6,
  inProcessRetryMaxMs: 5_000,
  backoff: { baseMs: 1_000, maxMs: 60_000 },
  idleWaitMs: 1_000,
  uncertainSends: "resend",
  guard: 0.02,
  settleFlushMs: 20,
});

export interface WorkerPorts {
  queue: DeliveryQueue;
  ledger: DeliveryLedger;
  activities: AnnouncementActivities;
  recipients: Recipients;
  connector: Connector;
  log?: { warn(message: string, data?: Record<string, unknown>): void };
}

export interface WorkerStats {
  sent: number;
  blocked: number;
  failed: number;
  retries: number;
  uncertainResends: number;
  requests: number;
}

export class DeliveryWorker {
  readonly stats: WorkerStats = { sent: 0, blocked: 0, failed: 0, retries: 0, uncertainResends: 0, requests: 0 };
  private readonly limiter: TeamsRateLimiter;
  private readonly throttles: ThrottleWatch;
  private readonly settler: SettleBatcher;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly activityCache = new Map<string, Promise<BotActivity | undefined>>();
  private running = false;
  private loop: Promise<void> | undefined;

  constructor(
    private readonly ports: WorkerPorts,
    private readonly settings: DeliveryWorkerSettings,
  ) {
    this.limiter = new TeamsRateLimiter(settings.limits, { guard: settings.guard });
    this.throttles = new ThrottleWatch(settings.limits.tenant);
    this.settler = new SettleBatcher(ports.ledger, settings.settleFlushMs);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.receiveLoop();
  }

  /** Stops receiving and waits for the deliveries in flight. */
  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
    await Promise.all(this.inFlight);
  }

  /**
   * One message that a host handed over (the Functions queue trigger, which deletes it when this
   * returns): claimed, sent and settled like the loop's, with `settler` standing for the queue.
   */
  async deliverOne(message: DeliveryMessage, dequeueCount: number, settler: MessageSettler): Promise<void> {
    const received: ReceivedDelivery = { message, dequeueCount, receipt: undefined };
    const [claimed] = await this.ports.ledger.claimMany([{ announcementId: message.a, conversationId: message.c }], this.settings.leaseMs);
    await this.deliver(received, claimed!, settler);
  }

  private async receiveLoop(): Promise<void> {
    while (this.running) {
      if (this.inFlight.size >= this.settings.concurrency) {
        await Promise.race(this.inFlight);
        continue;
      }
      let batch: ReceivedDelivery[] = [];
      try {
        batch = await this.ports.queue.receive(Math.min(this.settings.batchSize, this.settings.concurrency - this.inFlight.size), this.settings.visibilityMs);
      } catch (error) {
        this.ports.log?.warn("delivery queue receive failed", { error: String(error) });
      }
      if (batch.length === 0) {
        await sleep(this.settings.idleWaitMs);
        continue;
      }
      let claims: ClaimResult[];
      try {
        claims = await this.ports.ledger.claimMany(batch.map((r) => ({ announcementId: r.message.a, conversationId: r.message.c })), this.settings.leaseMs);
      } catch (error) {
        // The messages come back after their visibility timeout.
        this.ports.log?.warn("delivery claims failed", { error: String(error) });
        continue;
      }
      for (const [i, received] of batch.entries()) {
        const work = this.deliver(received, claims[i]!).catch((error) => this.ports.log?.warn("delivery failed unexpectedly; the queue will hand it out again", { error: String(error) }));
        this.inFlight.add(work);
        void work.finally(() => this.inFlight.delete(work));
      }
    }
  }

  private async deliver(received: ReceivedDelivery, claimed: ClaimResult, queue: MessageSettler = this.ports.queue): Promise<void> {
    const { a: announcementId, c: conversationId } = received.message;
    if (claimed.kind === "settled") return queue.complete(received);
    if (claimed.kind === "busy") return queue.release(received, claimed.retryInMs);
    const claim = claimed.claim;
    // A message that keeps coming back without a result (e.g. it crashes its worker) stops here.
    if (received.dequeueCount > this.settings.maxAttempts * 2) return this.fail(queue, received, claim, claim.attempts, `handed out ${received.dequeueCount} times without a result`);
    if (claim.uncertain) {
      if (this.settings.uncertainSends === "skip") {
        return this.fail(queue, received, claim, claim.attempts, "a previous send ended without a result and may have arrived");
      }
      this.stats.uncertainResends++;
    }
    const activity = await this.activityOf(announcementId, received.message.l);
    if (!activity) return this.fail(queue, received, claim, claim.attempts, "announcement not found");
    await this.sendWithRetries(queue, received, claim, { ...activity, id: deliveryActivityId(announcementId, conversationId) });
  }

  private async sendWithRetries(queue: MessageSettler, received: ReceivedDelivery, claim: DeliveryClaim, activity: BotActivity): Promise<void> {
    const { c: conversationId, s: serviceUrl } = received.message;
    const claimedAt = performance.now();
    let attempts = claim.attempts;
    for (;;) {
      await this.limiter.acquire(conversationId);
      attempts++;
      this.stats.requests++;
      const outcome: SendOutcome = await this.ports.connector.send(serviceUrl, conversationId, activity).then(
        (answer) => outcomeOf(answer, activity.id!),
        networkOutcome,
      );
      switch (outcome.kind) {
        case "sent":
          this.stats.sent++;
          if (await this.settle(claim, { state: "sent", attempts, activityId: outcome.activityId })) await queue.complete(received);
          return;
        case "inactive":
          this.stats.blocked++;
          await this.ports.recipients.markInactive(conversationId, outcome.error);
          if (await this.settle(claim, { state: "blocked", attempts, error: outcome.error })) await queue.complete(received);
          return;
        case "failed":
          return this.fail(queue, received, claim, attempts, outcome.error);
        case "retry": {
          if (attempts >= this.settings.maxAttempts) return this.fail(queue, received, claim, attempts, `gave up after ${attempts} attempts: ${outcome.error}`);
          this.stats.retries++;
          if (outcome.afterMs !== undefined && this.throttles.throttled(performance.now())) this.limiter.pauseFor(outcome.afterMs);
          const delay = retryDelayMs(attempts, outcome.afterMs, this.settings.backoff);
          const holdsClaimLongEnough = performance.now() - claimedAt + delay < this.settings.leaseMs / 2;
          if (delay <= this.settings.inProcessRetryMaxMs && holdsClaimLongEnough) {
            await sleep(delay);
            continue;
          }
          if (await this.settle(claim, { state: "retrying", attempts, error: outcome.error })) await queue.release(received, delay);
          return;
        }
      }
    }
  }

  private async fail(queue: MessageSettler, received: ReceivedDelivery, claim: DeliveryClaim, attempts: number, error: string): Promise<void> {
    this.stats.failed++;
    if (await this.settle(claim, { state: "failed", attempts, error })) await queue.deadLetter(received, error);
  }

  /** False when the claim was lost: another worker has the delivery (and its message) now. */
  private async settle(claim: DeliveryClaim, settlement: Settlement): Promise<boolean> {
    const kept = await this.settler.settle(claim, settlement);
    if (!kept) this.ports.log?.warn("delivery claim lost before settling", { announcementId: claim.announcementId, state: settlement.state });
    return kept;
  }

  private activityOf(announcementId: string, lang: "sv" | "en"): Promise<BotActivity | undefined> {
    const key = `${announcementId}/${lang}`;
    let cached = this.activityCache.get(key);
    if (!cached) {
      if (this.activityCache.size > 200) this.activityCache.clear();
      cached = this.ports.activities.activityFor(announcementId, lang);
      cached.catch(() => this.activityCache.delete(key));
      this.activityCache.set(key, cached);
    }
    return cached;
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
