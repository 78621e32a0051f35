// The timer that runs the SharePoint sync in Azure Functions, registered only when SharePoint
// is configured. Functions runs a timer trigger on one instance at a time (a blob lease), so
// scaled-out instances do not sync at once; "sync now" may overlap it, which is harmless
// because every write of a sync is an idempotent upsert.
import functions from "@azure/functions";
import type { Config } from "../config.js";
import type { Services } from "../services.js";

/** NCRONTAB (with seconds) for "every n minutes". */
export function syncSchedule(minutes: number): string {
  if (minutes < 60) return `0 */${minutes} * * * *`;
  return `0 0 */${Math.max(1, Math.round(minutes / 60))} * * *`;
}

export function registerSharePointSyncTimer(config: Config, getServices: () => Promise<Services>): void {
  if (!config.sharepoint) return;
  functions.app.timer("sharepointSync", {
    schedule: syncSchedule(config.sharepoint.syncIntervalMinutes),
    runOnStartup: false,
    handler: async (_timer, context) => {
      const run = await (await getServices()).sharepointSync!.run("timer");
      context.log(JSON.stringify({ message: "sharepoint sync", outcome: run.outcome, itemsChanged: run.itemsChanged, resourceUnits: run.resourceUnits }));
    },
  });
}
