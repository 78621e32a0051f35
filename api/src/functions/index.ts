// The Azure Functions entry point: registers every route with the Functions host.
import functions from "@azure/functions";
import { loadConfig } from "../config.js";
import { lazyRouteHost, toHttpHandler } from "../http/route.js";
import { apiRoutes } from "../routes.js";
import { jsonLogger } from "../logger.js";
import type { Services } from "../services.js";
import { startTelemetry } from "../telemetry/applicationInsights.js";
import { registerBotTriggers } from "./botTriggers.js";
import { registerSharePointOutboxTimer } from "./sharepointOutboxTimer.js";
import { registerSharePointSyncTimer } from "./sharepointSyncTimer.js";

// Validated when the worker loads, so a bad setting stops the app with the setting named.
const config = loadConfig();
// Not awaited: registration must not wait for the telemetry SDK (it loads only when configured).
const log = jsonLogger();
void startTelemetry(config, log);
// The services (stores, SharePoint, the bot's) are imported and built by the first request or
// timer that needs them; health, a probe, answers without them.
const host = lazyRouteHost(config, log, async () => (await import("../services.js")).createServices(config, log));
const getServices = (): Promise<Services> => host.services();

const preflighted = new Set<string>();
for (const route of apiRoutes) {
  // OPTIONS too, once per path: CORS preflights reach toHttpHandler, which answers them from
  // ALLOWED_ORIGINS (the Function App's own CORS setting stays empty, or it takes over; infra/README.md).
  const firstOnPath = !preflighted.has(route.route);
  preflighted.add(route.route);
  functions.app.http(route.name, { methods: firstOnPath ? [...route.methods, "OPTIONS"] : route.methods, route: route.route, authLevel: "anonymous", handler: toHttpHandler(route, host) });
}

registerSharePointSyncTimer(config, getServices);
registerSharePointOutboxTimer(config, getServices);
registerBotTriggers(config, getServices);
