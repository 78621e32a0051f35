// Sites.Selected: an app without a grant on the site gets 403 accessDenied from Graph for
// everything on it (test/graph-stand-in/grants.ts). The sync says what an admin must do, in its
// run report and in GET /api/sync/status (SharePointSync.status is what that route answers).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGraphStandIn, type GraphStandIn } from "../graph-stand-in/index.js";
import { provisionDirectly, testSync } from "./support.js";

let standIn: GraphStandIn;
beforeAll(async () => {
  standIn = await startGraphStandIn();
  provisionDirectly(standIn);
});
afterAll(() => standIn?.close());

describe("a site the app was not granted", () => {
  it("fails the sync with a message that names the site and the grant an admin must give", async () => {
    standIn.grant("none");
    const { sync } = testSync(standIn);
    const run = await sync.run("manual");
    expect(run.outcome).toBe("failed");
    const site = run.lists.find((l) => l.list === "site")!;
    expect(site.error).toBe(
      `the app has no grant on site ${standIn.siteId} for this (Graph answered 403 accessDenied): an admin must grant the app Sites.Selected access to this site with the role "write", see docs/setup.md, step 3`,
    );
    expect((await sync.status()).lastRun?.lists).toEqual(run.lists);
  });

  it("syncs once the grant is given", async () => {
    standIn.grant("read");
    const run = await testSync(standIn).sync.run("manual");
    expect(run.outcome).toBe("ok");
  });
});
