// For tests of the bot's timers and audiences: the API (Azurite) with the Bot Connector stand-in
// (and the Graph stand-in's Teams part, for installs), a personal chat as the conversation store
// keeps it, and a real delivery worker run until an announcement is settled against the stand-in.
import { deliveryActivityId, type ConversationRecord } from "@campus-westum/bot";
import { botServicesOf, type BotServices } from "../../../api/src/bot/botServices.js";
import { deliveryReport } from "../../../api/src/bot/deliveryReport.js";
import { BOT_CONNECTOR_STAND_IN_TOKEN, startBotConnectorStandIn, type BotConnectorStandIn } from "../../bot-connector-stand-in/server.js";
import { proactiveInstallEnv, startTeamworkStandIn, type TeamworkStandIn } from "../../graph-stand-in/teamwork/server.js";
import { startApiHarness, type ApiHarness } from "../../support/apiHarness.js";

/** The API with the bot's timers and worker, its deliveries going to a Bot Connector stand-in (both 10 times faster). */
export async function startTimerHarness(): Promise<{ api: ApiHarness; bot: BotServices; connector: BotConnectorStandIn; close: () => Promise<void> }> {
  const [api, connector] = await Promise.all([startApiHarness({ env: { BOT_DELIVERY_TIME_SCALE: "10", BOT_TIMER_SECONDS: "60", BOT_CONNECTOR_TOKEN: BOT_CONNECTOR_STAND_IN_TOKEN } }), startBotConnectorStandIn({ timeScale: 10 })]);
  return { api, connector, bot: botServicesOf(api.services), close: async () => void (await Promise.all([api.close(), connector.close()])) };
}

/** The same with proactive installation against the Teams part of the Graph stand-in (all 10 times faster); `env` adds API settings. */
export async function startInstallHarness(env: Record<string, string> = {}): Promise<{ api: ApiHarness; bot: BotServices; connector: BotConnectorStandIn; graph: TeamworkStandIn; close: () => Promise<void> }> {
  const [graph, connector] = await Promise.all([startTeamworkStandIn({ timeScale: 10 }), startBotConnectorStandIn({ timeScale: 10 })]);
  const api = await startApiHarness({ env: { BOT_DELIVERY_TIME_SCALE: "10", BOT_CONNECTOR_TOKEN: BOT_CONNECTOR_STAND_IN_TOKEN, ...proactiveInstallEnv(graph, connector.url), ...env } });
  return { api, connector, graph, bot: botServicesOf(api.services), close: async () => void (await Promise.all([api.close(), connector.close(), graph.close()])) };
}

export const personalChat = (connector: BotConnectorStandIn, id: string, topics: ConversationRecord["topics"], lang: "sv" | "en" = "sv"): ConversationRecord => ({
  conversationId: `a:${id}`,
  serviceUrl: connector.url,
  kind: "personal",
  userId: id,
  lang,
  topics,
  active: true,
  updatedAt: new Date().toISOString(),
});

/** Runs a worker until the announcement is settled; returns the conversations it reached (one entry per send). */
export async function deliverAnnouncement(bot: BotServices, connector: BotConnectorStandIn, announcementId: string): Promise<string[]> {
  const worker = bot.createWorker();
  worker.start();
  try {
    for (const deadline = Date.now() + 15_000; ; ) {
      const report = (await deliveryReport(bot, announcementId))!;
      if (report.pending === 0) break;
      if (Date.now() > deadline) throw new Error(`not settled: ${JSON.stringify(report)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    await worker.stop();
  }
  return connector.delivered.filter((d) => d.activity.id === deliveryActivityId(announcementId, d.conversationId)).map((d) => d.conversationId);
}
