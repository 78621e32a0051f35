// The Bot Connector bearer token: none in local mode (the Playground and the stand-in accept
// unauthenticated sends), else the bot's app credentials through the botbuilder adapter.
import { botFrameworkToken, type ConnectorToken } from "@campus-westum/bot";
import type { BotConfig } from "./botConfig.js";

export function connectorToken(auth: BotConfig["auth"]): ConnectorToken {
  if (!auth) return async () => undefined;
  return botFrameworkToken(auth);
}
