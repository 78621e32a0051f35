// GET /api/sync/status: the last SharePoint sync run (items changed, rows rejected and why,
// requests and resource units spent), for coordinators.
import type { SyncStatus } from "../contract/index.js";
import { defineRoute, json } from "../http/route.js";

export const syncStatus = defineRoute({
  name: "syncStatus",
  methods: ["GET"],
  route: "sync/status",
  access: "coordinator",
  async handle({ services }) {
    const local: SyncStatus = { source: "local", running: false };
    return json(services.sharepointSync ? await services.sharepointSync.status() : local);
  },
});
