// The Bot Connector REST API, the parts the bot uses: send to a conversation, update an
// activity (card refresh), create a 1:1 conversation. Plain fetch rather than botbuilder's
// ConnectorClient so that the worker sees every status, Retry-After and error code as they
// are. Answers are validated; error bodies (Teams sends two shapes) are read by
// connectorError.ts. A serviceUrl that the policy does not allow is never called
// (serviceUrlPolicy.ts).
import * as z from "zod";
import type { ConnectorAnswer } from "../delivery/sendOutcome.js";
import { retryAfterMs } from "../http/retryAfter.js";
import type { BotActivity } from "./activity.js";
import { readConnectorError } from "./connectorError.js";
import { serviceUrlAllowed, type ServiceUrlPolicy } from "./serviceUrlPolicy.js";

/** A bearer token for the Bot Connector, or undefined when it needs none (the local Playground). */
export type ConnectorToken = () => Promise<string | undefined>;

const resourceResponse = z.object({ id: z.string().optional() });

export class BotConnectorClient {
  constructor(
    private readonly token: ConnectorToken,
    private readonly serviceUrls: ServiceUrlPolicy,
    private readonly timeoutMs = 15_000,
  ) {}

  send(serviceUrl: string, conversationId: string, activity: BotActivity): Promise<ConnectorAnswer> {
    return this.call("POST", `${base(serviceUrl)}/v3/conversations/${encodeURIComponent(conversationId)}/activities`, activity);
  }

  update(serviceUrl: string, conversationId: string, activityId: string, activity: BotActivity): Promise<ConnectorAnswer> {
    const url = `${base(serviceUrl)}/v3/conversations/${encodeURIComponent(conversationId)}/activities/${encodeURIComponent(activityId)}`;
    return this.call("PUT", url, { ...activity, id: activityId });
  }

  /** Opens (or finds) the 1:1 chat of a user with the bot; the answer's activityId is the conversation id. */
  createPersonalConversation(serviceUrl: string, args: { botId: string; userId: string; tenantId: string }): Promise<ConnectorAnswer> {
    return this.call("POST", `${base(serviceUrl)}/v3/conversations`, {
      bot: { id: args.botId },
      members: [{ id: args.userId }],
      isGroup: false,
      tenantId: args.tenantId,
      channelData: { tenant: { id: args.tenantId } },
    });
  }

  private async call(method: string, url: string, body: unknown): Promise<ConnectorAnswer> {
    // Status 0: no HTTP exchange took place. Not retried: the address will not become allowed.
    if (!serviceUrlAllowed(url, this.serviceUrls)) return { status: 0, code: "ServiceUrlNotAllowed", message: "the conversation's serviceUrl is not an allowed Bot Connector address" };
    const token = await this.token();
    const response = await fetch(url, {
      method,
      headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(Math.max(1, Math.floor(this.timeoutMs))),
    });
    const text = await response.text();
    const json = parseJson(text);
    const answer: ConnectorAnswer = { status: response.status, retryAfterMs: retryAfterMs(response.headers.get("retry-after")) };
    if (response.ok) return { ...answer, activityId: resourceResponse.safeParse(json).data?.id };
    return { ...answer, ...readConnectorError(json, text) };
  }
}

const base = (serviceUrl: string) => serviceUrl.replace(/\/+$/, "");

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}
