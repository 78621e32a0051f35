// The bundled API outside the Functions host: the same routes and services as
// api/src/functions/index.ts, served over node:http by the local host, without seeding or timers.
// scripts/build-api.mjs bundles it next to the Functions entry with the same settings, so
// bench/coldStart.ts can time a cold start of the bundled code (Functions Core Tools cannot be
// installed on the project's machines).
import { ConfigError, loadConfig } from "../config.js";
import { apiRoutes } from "../routes.js";
import { lazyRouteHost } from "../http/route.js";
import { jsonLogger } from "../logger.js";
import { createLocalServer } from "./server.js";

const port = Number(process.env.API_PORT ?? 7071);

try {
  const config = loadConfig();
  const log = jsonLogger();
  // As in the Functions entry: the services are built by the first request that needs them.
  const host = lazyRouteHost(config, log, async () => (await import("../services.js")).createServices(config, log));
  createLocalServer(apiRoutes, host).listen(port, "127.0.0.1");
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
