// Delivery tests' setup: the API's real bot services over the injected Azurite (own tables and
// queues per harness), a Bot Connector stand-in, and helpers to create recipients and wait for
// an announcement to settle.
import { inject } from "vitest";
import { cardActivity, type AudiencePerson, type ConversationRecord } from "@campus-westum/bot";
import { botServicesOf, type BotServices } from "../../../api/src/bot/botServices.js";
import { deliveryReport, type DeliveryReport } from "../../../api/src/bot/deliveryReport.js";
import { loadConfig } from "../../../api/src/config.js";
import { jsonLogger, silentLogger, type Logger } from "../../../api/src/logger.js";
import { createServices, type Services } from "../../../api/src/services.js";
import { BOT_CONNECTOR_STAND_IN_TOKEN, startBotConnectorStandIn, type BotConnectorStandIn, type StandInOptions } from "../../bot-connector-stand-in/server.js";

let counter = 0;

export interface DeliveryHarness {
  env: Record<string, string>;
  /** The API's services the bot's are built on (its stores, over the harness's tables). */
  services: Services;
  bot: BotServices;
  standIn: BotConnectorStandIn;
  recipients(count: number, kind?: ConversationRecord["kind"]): Promise<ConversationRecord[]>;
  /** `people`: by object id, installed for when they have no chat (proactive installation). */
  announce(id: string, recipients: ConversationRecord[], people?: AudiencePerson[]): Promise<void>;
  waitUntilSettled(id: string, timeoutMs: number): Promise<DeliveryReport>;
  close(): Promise<void>;
}

/** `env` may depend on the Bot Connector stand-in's address (e.g. BOT_INSTALL_SERVICE_URL). */
export async function startDeliveryHarness(
  options: StandInOptions & { env?: Record<string, string> | ((connectorUrl: string) => Record<string, string>); log?: Logger } = {},
): Promise<DeliveryHarness> {
  const timeScale = options.timeScale ?? 10;
  const standIn = await startBotConnectorStandIn({ ...options, timeScale });
  const prefix = `d${process.pid}x${++counter}x${Math.random().toString(36).slice(2, 7)}`;
  const env = {
    STORAGE_CONNECTION_STRING: inject("storage"),
    TABLE_PREFIX: prefix,
    BOT_DELIVERY_TIME_SCALE: String(timeScale),
    BOT_CONNECTOR_TOKEN: BOT_CONNECTOR_STAND_IN_TOKEN,
    BOT_DELIVERY_VISIBILITY_SECONDS: "2",
    BOT_DELIVERY_LEASE_SECONDS: "2",
    ...(typeof options.env === "function" ? options.env(standIn.url) : options.env),
  };
  const services = await createServices(loadConfig(env), options.log ?? (process.env.DEBUG_DELIVERY ? jsonLogger() : silentLogger));
  const bot = botServicesOf(services);
  let next = 0;
  return {
    env,
    services,
    bot,
    standIn,
    async recipients(count, kind = "personal") {
      const records: ConversationRecord[] = Array.from({ length: count }, () => {
        const n = next++;
        return {
          conversationId: kind === "personal" ? `a:chat-${prefix}-${n}` : `19:channel-${prefix}-${n}@thread.tacv2`,
          serviceUrl: standIn.url,
          kind,
          userId: kind === "personal" ? `user-${n}` : undefined,
          lang: n % 3 === 0 ? "en" : "sv",
          topics: ["trainings"],
          active: true,
          updatedAt: new Date().toISOString(),
        };
      });
      await bot.conversations.saveMany(records);
      return records;
    },
    async announce(id, recipients, people) {
      await bot.fanOut.announce(
        { id, kind: "test", title: `Announcement ${id}`, activities: { sv: cardActivity({ type: "AdaptiveCard", version: "1.5", body: [], id }), en: cardActivity({ type: "AdaptiveCard", version: "1.5", body: [], id }) } },
        recipients,
        people,
      );
    },
    async waitUntilSettled(id, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const report = (await deliveryReport(bot, id))!;
        if (report.pending === 0) return report;
        if (Date.now() > deadline) throw new Error(`announcement ${id} not settled in time: ${JSON.stringify(report)}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    close: () => standIn.close(),
  };
}

/** Log lines at error level, kept for tests that expect an alarm. */
export function errorLog(): Logger & { errors: { message: string; fields?: Record<string, unknown> }[] } {
  const errors: { message: string; fields?: Record<string, unknown> }[] = [];
  return { ...silentLogger, errors, error: (message, fields) => void errors.push({ message, fields }) };
}

/** Deliveries per conversation, from what the stand-in recorded. */
export function deliveriesPerConversation(standIn: BotConnectorStandIn): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of standIn.delivered) counts.set(d.conversationId, (counts.get(d.conversationId) ?? 0) + 1);
  return counts;
}
