// Retry-After from Graph as it comes: decimal seconds ("2.128" in Graph's throttling guide,
// "0.249" seen from $batch), none at all, or several minutes (SharePoint). Short waits are
// slept exactly; a missing one backs off with jitter; a long one is neither slept nor cut
// short: the caller learns when to come back, and no request reaches Graph before then.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { GraphError } from "@microsoft/microsoft-graph-client";
import { createGraphClient } from "../../api/src/sharepoint/graphClient.js";
import { statusOf } from "../../api/src/sharepoint/graphErrors.js";
import { SiteLists } from "../../api/src/sharepoint/siteLists.js";
import { staticTokenProvider } from "../../api/src/sharepoint/tokenProvider.js";
import { STAND_IN_TOKEN, startGraphStandIn, type GraphStandIn } from "../graph-stand-in/index.js";

let standIn: GraphStandIn;
let sleeps: number[];
let now: number;

/** A client whose waits are recorded instead of slept, on a clock the test moves. */
function lists(): SiteLists {
  const retry = { sleep: async (ms: number) => void sleeps.push(ms), now: () => now, random: () => 0.5, baseDelayMs: 500 };
  return new SiteLists(createGraphClient({ tokens: staticTokenProvider(STAND_IN_TOKEN), baseUrl: standIn.url, appVersion: "1", retry }), standIn.siteUrl, async () => {});
}

beforeAll(async () => {
  standIn = await startGraphStandIn();
  standIn.model.createList("Things", []);
});
afterAll(() => standIn?.close());
beforeEach(() => {
  standIn.clearFaults();
  sleeps = [];
  now = Date.UTC(2026, 11, 5, 9, 0, 0);
});

describe("Graph client and Retry-After", () => {
  it("sleeps decimal seconds as seconds (1.5 s, not a date in 2001)", async () => {
    const client = lists();
    await client.resolveSiteId();
    standIn.setFaults({ retryAfterSeconds: 1.5 });
    standIn.enqueueFaults("429", "503");
    await client.lists();
    expect(sleeps).toEqual([1500, 1500]);
  });

  it("backs off exponentially with jitter when a 429 has no Retry-After", async () => {
    const client = lists();
    await client.resolveSiteId();
    standIn.setFaults({ retryAfterSeconds: null });
    standIn.enqueueFaults("429", "429", "429");
    await client.lists();
    // random() = 0.5 of 500, 1,000 and 2,000 ms.
    expect(sleeps).toEqual([250, 500, 1000]);
  });

  it("does not sleep or shorten a wait of minutes: it fails at once with the time, and sends nothing before it", async () => {
    const client = lists();
    await client.resolveSiteId();
    standIn.setFaults({ retryAfterSeconds: 300 });
    standIn.enqueueFaults("429");
    const error = (await client.lists().catch((e: unknown) => e)) as GraphError;
    expect(statusOf(error)).toBe(429);
    expect(error.headers?.get("retry-after")).toBe("300");
    expect(sleeps).toEqual([]);

    const before = standIn.counters().requests;
    now += 299_000;
    const held = (await client.lists().catch((e: unknown) => e)) as GraphError;
    expect(held).toMatchObject({ statusCode: 429, code: "retryAfterPending" });
    expect(held.headers?.get("retry-after")).toBe("1");
    expect(standIn.counters().requests).toBe(before);
    now += 1_000;
    await expect(client.lists()).resolves.toBeDefined();
    expect(standIn.counters().requests).toBe(before + 1);
  });

  it("hands a $batch request's wait of minutes back to the caller instead of sleeping it or cutting it to a minute", async () => {
    const batchSleeps: number[] = [];
    const retry = { sleep: async (ms: number) => void sleeps.push(ms), now: () => now, random: () => 0.5, baseDelayMs: 500 };
    const client = new SiteLists(createGraphClient({ tokens: staticTokenProvider(STAND_IN_TOKEN), baseUrl: standIn.url, appVersion: "1", retry }), standIn.siteUrl, async (ms) => void batchSleeps.push(ms));
    const path = `${await client.sitePath()}/lists`;
    standIn.setFaults({ retryAfterSeconds: 300 });
    standIn.enqueueFaults("429");
    const answers = await client.batch([{ method: "GET", url: path }, { method: "GET", url: path }]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 429]);
    expect(batchSleeps).toEqual([]);

    standIn.setFaults({ retryAfterSeconds: 2.128 });
    standIn.enqueueFaults("429");
    const later = await client.batch([{ method: "GET", url: path }]);
    expect(later.map((a) => a.status)).toEqual([200]);
    expect(batchSleeps).toEqual([2128]);
  });
});
