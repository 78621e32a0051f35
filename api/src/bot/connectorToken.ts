// The Bot Connector bearer token: none in local mode (the Playground and the stand-in accept
// unauthenticated sends), else the bot's app credentials through the botbuilder adapter, which
// is imported on the first send so that the API's cold start does not load it.
import type { ConnectorToken } from "@campus-westum/bot";
import type { BotConfig } from "./botConfig.js";

export function connectorToken(auth: BotConfig["auth"]): ConnectorToken {
  if (!auth) return async () => undefined;
  let token: Promise<ConnectorToken> | undefined;
  return async () => {
    token ??= import("@campus-westum/bot/endpoint").then((adapter) => adapter.botFrameworkToken(auth));
    return (await token)();
  };
}
