// The delivery worker: takes delivery messages from the queue, claims each delivery in the
// ledger, sends it within the Teams limits and records the result. Every path ends in exactly
// one of: complete (sent, blocked, or already settled), release (retry later; the queue keeps
// the message) or dead-letter (failed, with the error). See docs/decisions/0006 for the
// at-least-once argument and its duplicate window.
//
// Waits the worker does not sit out in process go back to the queue: a long Retry-After, a
// refused delivery (a 403 that is not the recipient's own), and every delivery while the
// worker pauses after an alarm (many refusals at once).
//
// A person with no conversation yet (the message carries her user id) is first reached through
// the installer: the app is installed for her and her chat stored, then the send goes there.
// An installation that cannot be done for her is recorded "unreachable"; one Graph throttles
// goes back to the queue with its wait; a refusal of the app itself counts like a refused send.
//
// What keeps the sends at the limiter's pace: the next batch is received and claimed while
// enough deliveries still wait for a grant, and before any further delete; a delivery frees
// its place once its result is recorded, and its message is deleted in the background.
import { deliveryActivityId } from "./activityId.js";
import { BackgroundCompletions } from "./backgroundCompletions.js";
import { retryDelayMs, type BackoffSettings } from "./backoff.js";
import type { DeliveryMessage } from "./deliveryMessage.js";
import type { AnnouncementActivities, ClaimResult, Connector, DeliveryClaim, DeliveryLedger, DeliveryQueue, Installer, MessageSettler, Recipients, ReceivedDelivery, Settlement } from "./ports.js";
import { TeamsRateLimiter } from "./rateLimiter.js";
import { ALARM_PAUSE_ERROR, DEFAULT_REFUSAL_WATCH, REFUSED_PREFIX, RefusalWatch, type RefusalWatchSettings } from "./refusalWatch.js";
import { networkOutcome, outcomeOf, type SendOutcome } from "./sendOutcome.js";
import type { TeamsLimits } from "./teamsLimits.js";
import { SettleBatcher } from "./settleBatcher.js";
import { ThrottleWatch } from "./throttleWatch.js";
import type { BotActivity } from "../connector/activity.js";

export interface DeliveryWorkerSettings {
  limits: TeamsLimits;
  /** Deliveries in flight at once (waiting for the limiter and for their result included). */
  concurrency: number;
  /**
   * The next batch is received while fewer deliveries wait for the limiter than it grants in
   * this time (at least a batch): room for one slow receive and claim, short against the lease.
   */
  readyAheadMs: number;
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
  /** Deletes of finished messages running at once, in the background. */
  completionParallelism: number;
  /** When a refused delivery (a 403 that is not the recipient's own) is tried again. */
  refusedRetryMs: number;
  /** When refusals are this frequent, the worker raises an alarm... */
  refusalWatch: RefusalWatchSettings;
  /** ...and sends nothing for this long. */
  alarmPauseMs: number;
}

export const defaultWorkerSettings = (limits: TeamsLimits): DeliveryWorkerSettings => ({
  limits,
  concurrency: 256,
  readyAheadMs: 1_300,
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
  completionParallelism: 2,
  refusedRetryMs: 10 * 60_000,
  refusalWatch: DEFAULT_REFUSAL_WATCH,
  alarmPauseMs: 15 * 60_000,
});

export interface WorkerPorts {
  queue: DeliveryQueue;
  ledger: DeliveryLedger;
  activities: AnnouncementActivities;
  recipients: Recipients;
  connector: Connector;
  /** Installs the app for people without a conversation; absent: they are recorded unreachable. */
  installer?: Installer;
  log?: { warn(message: string, data?: Record<string, unknown>): void; error(message: string, data?: Record<string, unknown>): void };
}

export interface WorkerStats {
  sent: number;
  /** People the app was installed for (through the installer) before their send. */
  installed: number;
  /** People the app could not be installed for. */
  unreachable: number;
  blocked: number;
  failed: number;
  /** Answers that refused a delivery without saying the recipient is gone (each is tried again later). */
  refused: number;
  /** Times refusals were frequent enough to pause the worker. */
  alarms: number;
  retries: number;
  uncertainResends: number;
  /** Requests sent to the connector, retries included. */
  requests: number;
  /** Times every send was held back because 429s looked tenant-wide. */
  pauses: number;
  /** Storage requests by kind; claims and settles are transactions of many deliveries. */
  storage: { receives: number; claims: number; settles: number; deletes: number; releases: number; deadLetters: number };
  /** Milliseconds summed over requests: waiting for the limiter's grant. */
  limiterWaitMs: number;
  /** Milliseconds summed over results: waiting for the result to be recorded. */
  settleWaitMs: number;
  /** Milliseconds the receive loop spent receiving and claiming. */
  receiveMs: number;
  /** Milliseconds the tenant budget went unused: with nothing ready to send, and with sends waiting (late timers, no CPU, a pause). */
  unusedBudgetMs: { idle: number; late: number };
  /** Finished messages still to be deleted from the queue. */
  deletesPending: number;
}

type Counts = Omit<WorkerStats, "storage" | "unusedBudgetMs" | "deletesPending"> & { storage: Omit<WorkerStats["storage"], "settles"> };

export class DeliveryWorker {
  private readonly counts: Counts = {
    sent: 0,
    installed: 0,
    unreachable: 0,
    blocked: 0,
    failed: 0,
    refused: 0,
    alarms: 0,
    retries: 0,
    uncertainResends: 0,
    requests: 0,
    pauses: 0,
    storage: { receives: 0, claims: 0, deletes: 0, releases: 0, deadLetters: 0 },
    limiterWaitMs: 0,
    settleWaitMs: 0,
    receiveMs: 0,
  };
  private readonly limiter: TeamsRateLimiter;
  private readonly throttles: ThrottleWatch;
  private readonly refusals: RefusalWatch;
  /** Until when nothing is sent (performance.now()): an alarm's pause. */
  private pausedUntil = 0;
  private readonly settler: SettleBatcher;
  private readonly completions: BackgroundCompletions;
  /** How the loop settles its messages: deletes in the background, the rest at once. */
  private readonly queueSettler: MessageSettler;
  private readonly inFlight = new Set<Promise<void>>();
  private waitingForGrant = 0;
  /** Wakes the receive loop: a grant was given, a delivery ended, or the worker stops. */
  private wakeLoop: (() => void) | undefined;
  private readonly activityCache = new Map<string, Promise<BotActivity | undefined>>();
  private running = false;
  private loop: Promise<void> | undefined;

  constructor(
    private readonly ports: WorkerPorts,
    private readonly settings: DeliveryWorkerSettings,
  ) {
    this.limiter = new TeamsRateLimiter(settings.limits, { guard: settings.guard });
    this.throttles = new ThrottleWatch(settings.limits.tenant);
    this.refusals = new RefusalWatch(settings.refusalWatch);
    this.settler = new SettleBatcher(ports.ledger, settings.settleFlushMs);
    const { queue, log } = ports;
    const { storage } = this.counts;
    this.completions = new BackgroundCompletions(
      (received) => {
        storage.deletes++;
        return queue.complete(received);
      },
      settings.completionParallelism,
      (error) => log?.warn("deleting a finished delivery message failed; it comes back and is deleted then", { error: String(error) }),
    );
    this.queueSettler = {
      complete: async (received) => this.completions.add(received),
      release: (received, delayMs) => {
        storage.releases++;
        return queue.release(received, delayMs);
      },
      deadLetter: (received, error) => {
        storage.deadLetters++;
        return queue.deadLetter(received, error);
      },
    };
  }

  get stats(): WorkerStats {
    const { storage, ...counts } = this.counts;
    return {
      ...counts,
      storage: { ...storage, settles: this.settler.writes },
      limiterWaitMs: Math.round(counts.limiterWaitMs),
      settleWaitMs: Math.round(counts.settleWaitMs),
      receiveMs: Math.round(counts.receiveMs),
      unusedBudgetMs: { idle: Math.round(this.limiter.unused.idleMs), late: Math.round(this.limiter.unused.lateMs) },
      deletesPending: this.completions.pending,
    };
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.receiveLoop();
  }

  /** Stops receiving and waits for the deliveries in flight and the deletes of their messages. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake();
    await this.loop;
    await Promise.all(this.inFlight);
    await this.completions.drained();
  }

  /**
   * One message that a host handed over (the Functions queue trigger, which deletes it when this
   * returns): claimed, sent and settled like the loop's, with `settler` standing for the queue.
   */
  async deliverOne(message: DeliveryMessage, dequeueCount: number, settler: MessageSettler): Promise<void> {
    const received: ReceivedDelivery = { message, dequeueCount, receipt: undefined };
    this.counts.storage.claims++;
    const [claimed] = await this.ports.ledger.claimMany([{ announcementId: message.a, conversationId: message.c }], this.settings.leaseMs);
    await this.deliver(received, claimed!, settler);
  }

  private async receiveLoop(): Promise<void> {
    const { batchSize, concurrency, readyAheadMs, limits } = this.settings;
    const readyAhead = Math.max(batchSize, Math.ceil((readyAheadMs * limits.tenant.limit) / limits.tenant.windowMs));
    while (this.running) {
      const paused = this.pausedUntil - performance.now();
      if (paused > 0) {
        await this.sleepUnlessWoken(paused);
        continue;
      }
      // Receive ahead: a whole batch while deliveries still wait for the limiter, so that it
      // always has one to grant while the next batch is received and claimed.
      const room = concurrency - this.inFlight.size;
      if (this.waitingForGrant >= readyAhead || room < Math.min(batchSize, concurrency)) {
        await new Promise<void>((resolve) => (this.wakeLoop = resolve));
        continue;
      }
      const started = performance.now();
      const batch = await this.completions.ahead(() => this.receiveAndClaim(Math.min(batchSize, room)));
      this.counts.receiveMs += performance.now() - started;
      if (batch === undefined || batch.length === 0) {
        await sleep(this.settings.idleWaitMs);
        continue;
      }
      for (const { received, claimed } of batch) {
        const work = this.deliver(received, claimed, this.queueSettler).catch((error) => this.ports.log?.warn("delivery failed unexpectedly; the queue will hand it out again", { error: String(error) }));
        this.inFlight.add(work);
        void work.finally(() => {
          this.inFlight.delete(work);
          this.wake();
        });
      }
    }
  }

  /** Sleeps up to `ms`, ending early when the loop is woken (e.g. the worker stops). */
  private async sleepUnlessWoken(ms: number): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    await new Promise<void>((resolve) => {
      this.wakeLoop = resolve;
      timer = setTimeout(resolve, ms);
    });
    clearTimeout(timer);
  }

  private wake(): void {
    const wake = this.wakeLoop;
    this.wakeLoop = undefined;
    wake?.();
  }

  /** Received messages with their claims; undefined when the claims failed (the messages come back). */
  private async receiveAndClaim(max: number): Promise<{ received: ReceivedDelivery; claimed: ClaimResult }[] | undefined> {
    let batch: ReceivedDelivery[] = [];
    try {
      this.counts.storage.receives++;
      batch = await this.ports.queue.receive(max, this.settings.visibilityMs);
    } catch (error) {
      this.ports.log?.warn("delivery queue receive failed", { error: String(error) });
    }
    if (batch.length === 0) return [];
    try {
      this.counts.storage.claims++;
      const claims = await this.ports.ledger.claimMany(batch.map((r) => ({ announcementId: r.message.a, conversationId: r.message.c })), this.settings.leaseMs);
      return batch.map((received, i) => ({ received, claimed: claims[i]! }));
    } catch (error) {
      // The messages come back after their visibility timeout.
      this.ports.log?.warn("delivery claims failed", { error: String(error) });
      return undefined;
    }
  }

  private async deliver(received: ReceivedDelivery, claimed: ClaimResult, queue: MessageSettler): Promise<void> {
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
      this.counts.uncertainResends++;
    }
    const activity = await this.activityOf(announcementId, received.message.l);
    if (!activity) return this.fail(queue, received, claim, claim.attempts, "announcement not found");
    const claimedAt = performance.now();
    let target: Target | undefined = { conversationId, serviceUrl: received.message.s };
    if (received.message.u !== undefined) target = await this.reach(queue, received, claim, received.message.u);
    // The activity id stays the delivery's (announcement and ledger key), whatever chat it goes to.
    if (target) await this.sendWithRetries(queue, received, claim, target, { ...activity, id: deliveryActivityId(announcementId, conversationId) }, claimedAt);
  }

  /** The chat of a person without a conversation: the app installed for her; undefined when the delivery was settled or released instead. */
  private async reach(queue: MessageSettler, received: ReceivedDelivery, claim: DeliveryClaim, userId: string): Promise<Target | undefined> {
    const { installer } = this.ports;
    if (!installer) {
      this.counts.unreachable++;
      if (await this.settle(claim, { state: "unreachable", attempts: claim.attempts, error: NO_INSTALLER })) await queue.complete(received);
      return undefined;
    }
    const outcome = await installer.conversationFor(userId).catch((error: unknown) => ({ kind: "retry" as const, afterMs: undefined, error: `installation: ${String(error)}` }));
    if (outcome.kind !== "retry") this.countAnswer(outcome.kind === "refused", received.message.c, "error" in outcome ? outcome.error : undefined);
    switch (outcome.kind) {
      case "ready":
        if (outcome.installed) this.counts.installed++;
        return outcome;
      case "unreachable":
        this.counts.unreachable++;
        if (await this.settle(claim, { state: "unreachable", attempts: claim.attempts, error: outcome.error })) await queue.complete(received);
        return undefined;
      case "refused":
        this.counts.refused++;
        if (await this.settle(claim, { state: "retrying", attempts: claim.attempts, error: REFUSED_PREFIX + outcome.error })) {
          await queue.release(received, Math.max(this.settings.refusedRetryMs, this.pausedUntil - performance.now()));
        }
        return undefined;
      case "retry": {
        this.counts.retries++;
        const delay = retryDelayMs(received.dequeueCount, outcome.afterMs, this.settings.backoff);
        if (await this.settle(claim, { state: "retrying", attempts: claim.attempts, error: outcome.error })) await queue.release(received, delay);
        return undefined;
      }
    }
  }

  private async sendWithRetries(queue: MessageSettler, received: ReceivedDelivery, claim: DeliveryClaim, target: Target, activity: BotActivity, claimedAt: number): Promise<void> {
    const { conversationId, serviceUrl } = target;
    let attempts = claim.attempts;
    for (;;) {
      const waitStarted = performance.now();
      this.waitingForGrant++;
      // A retry has waited out its Retry-After already: it goes ahead of first sends.
      const answered = await this.limiter.acquire(conversationId, { retry: attempts > 0 });
      this.waitingForGrant--;
      this.wake();
      this.counts.limiterWaitMs += performance.now() - waitStarted;
      const paused = this.pausedUntil - performance.now();
      if (paused > 0) {
        // Granted, but an alarm came meanwhile: back to the queue unsent, until the pause ends.
        answered();
        if (await this.settle(claim, { state: "retrying", attempts, error: ALARM_PAUSE_ERROR })) await queue.release(received, paused);
        return;
      }
      if (performance.now() - claimedAt > this.settings.leaseMs / 2) {
        // Granted late (a tenant-wide pause, no CPU): the lease could run out during the send,
        // and whoever claims the delivery next would send it too. Back to the queue unsent.
        answered();
        if (await this.settle(claim, { state: "retrying", attempts, error: "waited too long for its turn to send" })) await queue.release(received, 0);
        return;
      }
      attempts++;
      this.counts.requests++;
      let outcome: SendOutcome;
      try {
        outcome = await this.ports.connector.send(serviceUrl, conversationId, activity).then((answer) => outcomeOf(answer, activity.id!), networkOutcome);
      } finally {
        answered();
      }
      // First answers only: a retry of a refused delivery says nothing new about the rest.
      if (attempts === 1 && outcome.kind !== "retry") this.countAnswer(outcome.kind === "refused", conversationId, "error" in outcome ? outcome.error : undefined);
      switch (outcome.kind) {
        case "sent":
          this.counts.sent++;
          if (await this.settle(claim, { state: "sent", attempts, activityId: outcome.activityId })) await queue.complete(received);
          return;
        case "inactive":
          this.counts.blocked++;
          await this.ports.recipients.markInactive(conversationId, outcome.error);
          if (await this.settle(claim, { state: "blocked", attempts, error: outcome.error })) await queue.complete(received);
          return;
        case "failed":
          return this.fail(queue, received, claim, attempts, outcome.error);
        case "refused":
          this.counts.refused++;
          if (attempts >= this.settings.maxAttempts) return this.fail(queue, received, claim, attempts, `gave up after ${attempts} attempts: ${outcome.error}`);
          if (await this.settle(claim, { state: "retrying", attempts, error: outcome.error })) await queue.release(received, Math.max(this.settings.refusedRetryMs, this.pausedUntil - performance.now()));
          return;
        case "retry": {
          if (attempts >= this.settings.maxAttempts) return this.fail(queue, received, claim, attempts, `gave up after ${attempts} attempts: ${outcome.error}`);
          this.counts.retries++;
          const delay = retryDelayMs(attempts, outcome.afterMs, this.settings.backoff);
          // Many 429s at once mean the whole app is throttled, whether or not they said for how long.
          if (outcome.throttled && this.throttles.throttled(performance.now())) {
            this.counts.pauses++;
            this.limiter.pauseFor(delay);
          }
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

  /** Feeds the refusal watch; raises the alarm and pauses the worker when refusals pile up. */
  private countAnswer(refused: boolean, conversationId: string, error: string | undefined): void {
    if (!this.refusals.record(refused)) return;
    this.counts.alarms++;
    this.pausedUntil = performance.now() + this.settings.alarmPauseMs;
    const { window, share } = this.settings.refusalWatch;
    this.ports.log?.error("delivery alarm: many deliveries refused at once; pausing every send", {
      alarm: "deliveriesRefused",
      refusedShareAtLeast: share,
      ofLatestAnswers: window,
      pauseSeconds: Math.round(this.settings.alarmPauseMs / 1000),
      lastConversationId: conversationId,
      lastError: error,
    });
  }

  private async fail(queue: MessageSettler, received: ReceivedDelivery, claim: DeliveryClaim, attempts: number, error: string): Promise<void> {
    this.counts.failed++;
    if (await this.settle(claim, { state: "failed", attempts, error })) await queue.deadLetter(received, error);
  }

  /** False when the claim was lost: another worker has the delivery (and its message) now. */
  private async settle(claim: DeliveryClaim, settlement: Settlement): Promise<boolean> {
    const started = performance.now();
    const kept = await this.settler.settle(claim, settlement);
    this.counts.settleWaitMs += performance.now() - started;
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

interface Target {
  conversationId: string;
  serviceUrl: string;
}

/** Recorded for a person without a conversation when no installer is configured. */
export const NO_INSTALLER = "the app is not installed for this person, and proactive installation is not configured (BOT_INSTALL_APP_ID)";

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
