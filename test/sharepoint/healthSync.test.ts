// /api/health's view of the SharePoint sync against the Graph stand-in: nothing run yet, a run
// under way, how the last one went; and an instance that never ran the sync itself (another
// Functions instance on the same storage) shows the same last run, read from the sync's state.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Health, SyncRun } from "../../api/src/contract/index.js";
import { checkHealth } from "../../api/src/handlers/healthChecks.js";
import { startGraphStandIn, type GraphStandIn } from "../graph-stand-in/index.js";
import { startApiHarness, type ApiHarness } from "../support/apiHarness.js";
import { enterSyncHealthFixture, standInSettings } from "./syncHealthFixture.js";
import { routeHostOf } from "../../api/src/http/route.js";

let standIn: GraphStandIn;
let api: ApiHarness;
let other: ApiHarness | undefined;

beforeAll(async () => {
  standIn = await startGraphStandIn();
  enterSyncHealthFixture(standIn);
  api = await startApiHarness({ members: [], env: standInSettings(standIn, 2) });
});
afterAll(async () => {
  await other?.close();
  await api?.close();
  await standIn?.close();
});

/** The route caches its answer for a few seconds, so the sequence is read from its checks. */
const syncBacklog = async (on: ApiHarness) => (await checkHealth(routeHostOf(on.services))).backlog?.sync;

it("shows no run before the first, a run under way, then how the last run went", async () => {
  const intervalMinutes = api.services.config.sharepoint!.syncIntervalMinutes;
  expect(await syncBacklog(api)).toEqual({ running: false, intervalMinutes });

  const running = api.services.sharepointSync!.run("manual");
  expect(await syncBacklog(api)).toMatchObject({ running: true });
  const run: SyncRun = await running;
  expect(run.outcome).toBe("ok");

  expect(await syncBacklog(api)).toEqual({ running: false, lastOutcome: "ok", lastFinishedAt: run.finishedAt, intervalMinutes });
});

it("shows the last run on an instance that has not run the sync itself", async () => {
  const last = await api.services.sharepointSync!.lastRun();
  other = await startApiHarness({ members: [], env: { ...standInSettings(standIn, 2), TABLE_PREFIX: api.services.config.tablePrefix } });
  const response = await other.get("/api/health", { token: null });
  expect(response.status).toBe(200);
  expect(((await response.json()) as Health).backlog?.sync).toEqual({ running: false, lastOutcome: "ok", lastFinishedAt: last.lastRun!.finishedAt, intervalMinutes: last.intervalMinutes });
});
