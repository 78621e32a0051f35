// POST /api/sync: a coordinator's "sync now". Runs a SharePoint sync (or joins the one running)
// and answers with its report. In local mode there is nothing to sync from.
import { problems } from "../http/problem.js";
import { json, type Handler } from "../http/route.js";

export const syncNow: Handler<"coordinator"> = async ({ services }) => {
  if (!services.sharepointSync) {
    throw problems.conflict(
      "sync-not-configured",
      { sv: "SharePoint är inte anslutet", en: "SharePoint is not connected" },
      {
        sv: "Appen körs i lokalt läge: den lokala lagringen är sanningen och det finns inget att synkronisera. En IT-administratör ansluter SharePoint med inställningarna GRAPH_* och SHAREPOINT_SITE.",
        en: "The app runs in local mode: the local store is the truth and there is nothing to sync. An IT admin connects SharePoint with the GRAPH_* and SHAREPOINT_SITE settings.",
      },
    );
  }
  const run = await services.sharepointSync.run("manual");
  // This instance serves the result at once; others see the store's version marker change.
  if (run.directory.saved + run.directory.removed > 0) await services.directory.refresh();
  return json(run);
};
