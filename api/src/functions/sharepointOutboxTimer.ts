// The timer that drains the SharePoint write-back outbox in Azure Functions, every minute,
// registered only when SharePoint is configured. Rows are leased per course (outboxStore.ts), so
// an overlapping run on another instance skips what this one holds; a crashed run's lease ends
// after a minute and its rows are delivered by the next run, exactly once (outboxWorker.ts).
import functions from "@azure/functions";
import type { Config } from "../config.js";
import type { Services } from "../services.js";

export function registerSharePointOutboxTimer(config: Config, getServices: () => Promise<Services>): void {
  if (!config.sharepoint) return;
  functions.app.timer("sharepointOutbox", {
    schedule: "30 * * * * *",
    runOnStartup: false,
    handler: async (_timer, context) => {
      const pass = await (await getServices()).sharepointOutbox!.drain();
      if (pass.delivered + pass.failed > 0) context.log(JSON.stringify({ message: "sharepoint write-back", ...pass, conflicts: pass.conflicts.length }));
    },
  });
}
