// GET /api/sync/status: the SharePoint sync's health for coordinators: per list the last
// successful sync and its age, the rows rejected (row, column, what is wrong in sv and en), the
// last run's report (items changed, requests and resource units spent), the write-back backlog
// and its failed and dead-lettered rows.
import { json, type Handler } from "../http/route.js";
import { syncHealthOf } from "./syncHealth.js";

export const syncStatus: Handler<"coordinator"> = async ({ services }) => json(await syncHealthOf(services));
