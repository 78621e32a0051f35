// Builds the proactive installer from the configuration: its own Graph client (the app's Graph
// credentials, the same behaviors as the SharePoint client) with its own limiter for Teams'
// installation limits. Waits that would hold a delivery's claim too long are not slept here:
// Graph's 429 goes back to the worker, which puts the delivery back on the queue for that long.
import type { Config } from "../../config.js";
import { graphTokens } from "../../sharepoint/connect.js";
import { createGraphClient } from "../../sharepoint/graphClient.js";
import type { Tables } from "../../store/tables.js";
import type { TablesConversationStore } from "../conversationStore.js";
import { GraphInstallations } from "./graphInstallations.js";
import { InstallationStore } from "./installationStore.js";
import { TeamsGraphLimiter } from "./teamsGraphLimiter.js";
import { TEAMS_GRAPH_LIMITS, teamsGraphShare } from "./teamsGraphLimits.js";
import { UserInstaller } from "./userInstaller.js";

export function createUserInstaller(config: Config, tables: Tables, conversations: TablesConversationStore, now: () => number): UserInstaller | undefined {
  const { install, delivery } = config.bot;
  if (!install || !config.sharepoint) return undefined;
  const limiter = new TeamsGraphLimiter(teamsGraphShare(TEAMS_GRAPH_LIMITS, delivery.timeScale, delivery.instances));
  const graph = createGraphClient({
    tokens: graphTokens(config.sharepoint.auth),
    baseUrl: config.sharepoint.graphBaseUrl,
    appVersion: config.version,
    limiter,
    // A delivery holds its claim while it installs: short waits only, a few tries.
    retry: { maxAttempts: 3, maxDelayMs: Math.min(5_000, delivery.leaseMs / 8) },
    timeoutMs: Math.max(1_000, delivery.leaseMs / 4),
  });
  const installations = new GraphInstallations(graph.client, config.sharepoint.graphBaseUrl, install.catalogAppId);
  return new UserInstaller(installations, new InstallationStore(tables), conversations, install.serviceUrl, now, limiter, graph.meter);
}
