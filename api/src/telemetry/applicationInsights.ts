// Application Insights through OpenTelemetry, only when APPLICATIONINSIGHTS_CONNECTION_STRING is
// set. The SDK takes seconds to import, so it is imported here, lazily: local mode and an app
// without the setting never load it, and the bundle keeps it in a chunk of its own.
import type { Config } from "../config.js";
import type { Logger } from "../logger.js";

export async function startTelemetry(config: Config, log: Logger): Promise<boolean> {
  const connectionString = config.applicationInsightsConnectionString;
  if (!connectionString) return false;
  try {
    const { useAzureMonitor } = await import("@azure/monitor-opentelemetry");
    useAzureMonitor({ azureMonitorExporterOptions: { connectionString } });
    log.info("telemetry started", { exporter: "azure-monitor" });
    return true;
  } catch (error) {
    // Telemetry is worth a warning, never an outage.
    log.warn("telemetry not started", { error: String(error) });
    return false;
  }
}
