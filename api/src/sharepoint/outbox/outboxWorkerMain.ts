// `npx tsx api/src/sharepoint/outbox/outboxWorkerMain.ts [--interval-ms N] [--lease-ms N]`: the
// write-back worker on its own, with the API's configuration (SharePoint must be configured).
// The local host runs the same loop inside the API (dev/sharepointSyncLoop.ts); this entry point
// lets it run apart, and lets the crash test kill it with SIGKILL in the middle of a write-back.
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../../config.js";
import { startSharePointOutboxLoop } from "../../dev/sharepointSyncLoop.js";
import { createServices } from "../../services.js";

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { "interval-ms": { type: "string" }, "lease-ms": { type: "string" } } });
  const config = loadConfig();
  if (!config.sharepoint) throw new ConfigError("SharePoint is not configured: set GRAPH_* and SHAREPOINT_SITE to run the write-back worker.");
  const services = await createServices(config);
  const stop = startSharePointOutboxLoop(services, {
    intervalMs: values["interval-ms"] ? Number(values["interval-ms"]) : undefined,
    leaseMs: values["lease-ms"] ? Number(values["lease-ms"]) : undefined,
  });
  services.log.info("sharepoint write-back worker started");
  const exit = () => {
    stop();
    process.exit(0);
  };
  process.on("SIGINT", exit);
  process.on("SIGTERM", exit);
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
