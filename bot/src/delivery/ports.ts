// What the delivery worker needs from the outside, as small ports with the worker's own types.
// The API implements them over Azure Storage (queue, tables); tests may use fakes.
import type { BotActivity } from "../connector/activity.js";
import type { ConnectorAnswer } from "./sendOutcome.js";
import type { DeliveryMessage } from "./deliveryMessage.js";

export interface ReceivedDelivery {
  message: DeliveryMessage;
  /** How often the queue has handed this message out, this time included. */
  dequeueCount: number;
  /** Opaque: what complete/release/deadLetter need. */
  receipt: unknown;
}

export interface DeliveryQueue {
  enqueue(messages: DeliveryMessage[]): Promise<void>;
  /** Up to `max` messages, invisible to others for `visibilityMs`. Malformed ones are dead-lettered by the adapter. */
  receive(max: number, visibilityMs: number): Promise<ReceivedDelivery[]>;
  complete(received: ReceivedDelivery): Promise<void>;
  /** Makes the message visible again after `delayMs`. */
  release(received: ReceivedDelivery, delayMs: number): Promise<void>;
  /** Moves the message to the poison queue with the error, and removes it from this one. */
  deadLetter(received: ReceivedDelivery, error: string): Promise<void>;
}

/** What settles one received message: the worker's queue, or a host's stand-in for it (see deliverOne). */
export type MessageSettler = Pick<DeliveryQueue, "complete" | "release" | "deadLetter">;

/** "unreachable": a person the app could not be installed for (unknown user, no Teams licence, an app policy). */
export type DeliveryState = "sending" | "retrying" | "sent" | "failed" | "blocked" | "unreachable";
export const FINAL_STATES: readonly DeliveryState[] = ["sent", "failed", "blocked", "unreachable"];

/** A claim on one delivery: nobody else sends it until the lease ends or it is settled. */
export interface DeliveryClaim {
  announcementId: string;
  conversationId: string;
  /** Attempts made before this claim. */
  attempts: number;
  /** True when the previous claim ended without a result: that send may have reached Teams. */
  uncertain: boolean;
  /** Opaque concurrency token (the record's ETag). */
  version: unknown;
}

export type ClaimResult =
  | { kind: "claimed"; claim: DeliveryClaim }
  | { kind: "settled"; state: DeliveryState }
  | { kind: "busy"; retryInMs: number };

export type Settlement =
  | { state: "sent"; attempts: number; activityId: string }
  | { state: "retrying"; attempts: number; error: string }
  | { state: "failed"; attempts: number; error: string }
  | { state: "blocked"; attempts: number; error: string }
  | { state: "unreachable"; attempts: number; error: string };

/** The delivery log: one record per (announcement, recipient), claimed before every send. */
export interface DeliveryLedger {
  /** Claims several at once (one storage transaction per announcement where it can). */
  claimMany(deliveries: { announcementId: string; conversationId: string }[], leaseMs: number): Promise<ClaimResult[]>;
  /** Records results; false where the claim was lost (its lease ended and someone else took it). */
  settleMany(settlements: { claim: DeliveryClaim; settlement: Settlement }[]): Promise<boolean[]>;
}

/** The activity of an announcement, in one language. */
export interface AnnouncementActivities {
  activityFor(announcementId: string, lang: "sv" | "en"): Promise<BotActivity | undefined>;
}

export interface Recipients {
  /** No further sends to this conversation: the user blocked or removed the bot, or it is gone. */
  markInactive(conversationId: string, reason: string): Promise<void>;
}

export interface Connector {
  send(serviceUrl: string, conversationId: string, activity: BotActivity): Promise<ConnectorAnswer>;
}

/**
 * Where a person without a conversation can be reached: the app installed for her (through
 * Microsoft Graph) and her personal chat with the bot, stored before this answers "ready", so
 * that a retry finds the chat instead of installing again.
 */
export interface Installer {
  conversationFor(userId: string): Promise<InstallOutcome>;
}

export type InstallOutcome =
  /** Installed (now or before): send to this chat. */
  | { kind: "ready"; conversationId: string; serviceUrl: string; installed: boolean }
  /** Throttled or unavailable: try again after the wait (Retry-After when Graph gave one). */
  | { kind: "retry"; afterMs?: number; error: string }
  /** This person cannot get the app: unknown user, no Teams licence, blocked by an app policy. */
  | { kind: "unreachable"; error: string }
  /** Graph refused the app itself (a missing permission or consent): everyone's problem, tried again later. */
  | { kind: "refused"; error: string };
