// `npx tsx api/src/dev/main.ts`: the API's local host. Expects storage (Azurite) to be running;
// `npm start` starts Azurite first. Seeds the sample directory on first run.
import { ConfigError, loadConfig } from "../config.js";
import { apiRoutes, localModeRoutes } from "../routes.js";
import { seedIfEmpty } from "../sample/seed.js";
import { createServices } from "../services.js";
import { startBotLoops } from "./botLoops.js";
import { startTelemetry } from "../telemetry/applicationInsights.js";
import { routeHostOf } from "../http/route.js";
import { createLocalServer } from "./server.js";
import { startSharePointSyncLoop } from "./sharepointSyncLoop.js";

const port = Number(process.env.API_PORT ?? 7071);

async function main(): Promise<void> {
  const config = loadConfig();
  const services = await createServices(config);
  void startTelemetry(config, services.log);
  // With SharePoint configured its lists are the truth: no sample data to seed.
  if (config.mode === "local" && !config.sharepoint) {
    services.log.info("local mode: no Entra ID settings, using the local identity and sample data");
    const seed = await seedIfEmpty(services);
    services.log.info(seed.seeded ? "seeded the sample directory" : "kept the existing directory", { members: seed.members, courses: seed.courses });
  }
  if (config.calendarLinks.generated) {
    services.log.info("CALENDAR_LINK_KEY is unset: the cards' calendar links are signed with a key made at this start, so links from an earlier run are refused");
  }
  const stopSync = startSharePointSyncLoop(services);
  const stopBot = startBotLoops(services);
  await services.directory.refresh();
  const routes = config.mode === "local" ? [...apiRoutes, ...localModeRoutes] : apiRoutes;
  const server = createLocalServer(routes, routeHostOf(services));
  server.listen(port, "127.0.0.1", () => services.log.info("API listening", { url: `http://127.0.0.1:${port}/api` }));
  const stop = () => {
    stopSync();
    void stopBot().finally(() => server.close(() => process.exit(0)));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
