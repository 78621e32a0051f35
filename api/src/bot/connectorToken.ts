// The Bot Connector bearer token for proactive sends: the bot's app credentials through the
// botbuilder adapter (imported on the first send, so that the API's cold start does not load
// it); in tests the Bot Connector stand-in's fixed token (BOT_CONNECTOR_TOKEN, loopback only);
// none in local mode without an identity, where the Agents Playground needs none.
import type { ConnectorToken } from "@campus-westum/bot";
import type { BotConfig } from "./botConfig.js";

export function connectorToken(bot: Pick<BotConfig, "auth" | "standIn">): ConnectorToken {
  const fixed = bot.standIn.connectorToken;
  if (fixed) return async () => fixed;
  const auth = bot.auth;
  if (!auth) return async () => undefined;
  let token: Promise<ConnectorToken> | undefined;
  return async () => {
    token ??= import("@campus-westum/bot/endpoint").then((adapter) => adapter.botFrameworkToken(auth));
    return (await token)();
  };
}
