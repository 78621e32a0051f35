// GET /api/sync/status: the last SharePoint sync run (items changed, rows rejected and why,
// requests and resource units spent), for coordinators.
import type { SyncStatus } from "../contract/index.js";
import { json, type Handler } from "../http/route.js";

export const syncStatus: Handler<"coordinator"> = async ({ services }) => {
  const local: SyncStatus = { source: "local", running: false };
  return json(services.sharepointSync ? await services.sharepointSync.status() : local);
};
