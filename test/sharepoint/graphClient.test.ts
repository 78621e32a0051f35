// The Graph client's behaviors against the stand-in, and the stand-in against Microsoft's
// documented behaviour of SharePoint list items via Graph.
import type { GraphError } from "@microsoft/microsoft-graph-client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createGraphClient } from "../../api/src/sharepoint/graphClient.js";
import { statusOf } from "../../api/src/sharepoint/graphErrors.js";
import { SiteLists, type GraphListItem } from "../../api/src/sharepoint/siteLists.js";
import { staticTokenProvider } from "../../api/src/sharepoint/tokenProvider.js";
import { STAND_IN_TOKEN, startGraphStandIn, type GraphStandIn } from "../graph-stand-in/index.js";

let standIn: GraphStandIn;
let lists: SiteLists;
const noWait = { sleep: async () => {}, baseDelayMs: 1 };

beforeAll(async () => {
  standIn = await startGraphStandIn();
  const list = standIn.model.createList("Things", [{ name: "Code", displayName: "Code", indexed: true, text: {} }, { name: "Colour", displayName: "Colour", indexed: false, text: {} }]);
  for (let i = 1; i <= 25; i++) standIn.model.createItem(list, { Title: `Thing ${i}`, Code: `c${i}`, Colour: i % 2 ? "red" : "blue" });
  lists = new SiteLists(createGraphClient({ tokens: staticTokenProvider(STAND_IN_TOKEN), baseUrl: standIn.url, appVersion: "1.2.3", retry: noWait }), standIn.siteUrl, async () => {});
});
afterAll(() => standIn?.close());
beforeEach(() => standIn.clearFaults());

const items = async () => `${await lists.sitePath()}/lists/Things/items`;

describe("Graph client against the stand-in", () => {
  it("resolves a site URL, sends the bearer token and a NONISV user agent", async () => {
    expect(await lists.resolveSiteId()).toBe(standIn.siteId);
    expect(standIn.userAgents()).toContain("NONISV|Natverk Westum|CampusWestum/1.2.3");
  });

  it("is refused without a valid token", async () => {
    const stranger = new SiteLists(createGraphClient({ tokens: staticTokenProvider("wrong"), baseUrl: standIn.url, appVersion: "1", retry: noWait }), standIn.siteId);
    await expect(stranger.lists()).rejects.toMatchObject({ statusCode: 401 });
  });

  it("pages with @odata.nextLink and selects fields", async () => {
    const found = await lists.all<GraphListItem>(`${await items()}?expand=fields(select=Title,Code)&$top=10`);
    expect(found).toHaveLength(25);
    expect(found[0]!.fields).toMatchObject({ Title: "Thing 1", Code: "c1" });
    expect(found[0]!.fields).not.toHaveProperty("Colour");
  });

  it("filters indexed columns; non-indexed ones need the Prefer header", async () => {
    const byCode = await lists.all<GraphListItem>(`${await items()}?expand=fields&$filter=fields/Code eq 'c7'`);
    expect(byCode.map((i) => i.id)).toEqual(["7"]);
    const error = await lists.all(`${await items()}?expand=fields&$filter=fields/Colour eq 'red'`).catch((e) => e);
    expect(statusOf(error)).toBe(400);
    expect(String(error.message)).toContain("not indexed");
    const red = await lists.all(`${await items()}?$filter=fields/Colour eq 'red'`, { Prefer: "HonorNonIndexedQueriesWarningMayFailRandomly" });
    expect(red).toHaveLength(13);
  });

  it("retries 429 and 503 honouring Retry-After, and dropped connections on reads", async () => {
    standIn.setFaults({ retryAfterSeconds: 0 });
    standIn.enqueueFaults("429", "503", "drop");
    const before = standIn.counters();
    const page = await lists.page<GraphListItem>(`${await items()}?$top=5`);
    expect(page.value).toHaveLength(5);
    expect(standIn.counters().requests - before.requests).toBe(4);
  });

  it("writes with ETags: 412 when the item changed meanwhile", async () => {
    const listId = standIn.list("Things").id;
    const created = await lists.createItem(listId, { Title: "New", Code: "new" });
    const etag = created.eTag!;
    await lists.updateItem(listId, created.id, { Colour: "green" }, etag);
    await expect(lists.updateItem(listId, created.id, { Colour: "pink" }, etag)).rejects.toMatchObject({ statusCode: 412 });
    standIn.deleteItem("Things", created.id);
  });

  it("batches up to 20 requests per envelope and resends the throttled ones", async () => {
    const base = await items();
    const requests = Array.from({ length: 25 }, (_, i) => ({ method: "GET" as const, url: `${base}/${i + 1}?expand=fields` }));
    standIn.enqueueFaults("429");
    const before = standIn.counters();
    const answers = await lists.batch(requests);
    expect(answers.map((a) => a.status)).toEqual(Array(25).fill(200));
    expect((answers[24]!.body as GraphListItem).fields?.Code).toBe("c25");
    const after = standIn.counters();
    expect(after.requests - before.requests).toBe(3);
    expect(after.batchedRequests - before.batchedRequests).toBe(26);
    expect(after.resourceUnits - before.resourceUnits).toBe(26);
  });

  it("tracks changes with delta: updated items with their changed fields only, deletions without fields, 410 after the token expires", async () => {
    const base = `${await lists.sitePath()}/lists/Things/items/delta?expand=fields(select=Title,Code,Colour)&$top=10`;
    let link: string | undefined = base;
    let deltaLink: string | undefined;
    let seen = 0;
    while (link) {
      const page: Awaited<ReturnType<typeof lists.page>> = await lists.page(link);
      seen += page.value.length;
      link = page["@odata.nextLink"];
      deltaLink = page["@odata.deltaLink"];
    }
    expect(seen).toBe(25);
    standIn.updateItem("Things", "3", { Title: "Changed" });
    standIn.deleteItem("Things", "4");
    const before = standIn.counters();
    const changes = await lists.page<GraphListItem>(deltaLink!);
    // Delta query: "Updated instances are represented by their id with at least the properties that have been updated".
    expect(changes.value).toEqual([
      expect.objectContaining({ id: "3", fields: { "@odata.etag": expect.any(String), id: "3", Title: "Changed" } }),
      { id: "4", deleted: { state: "deleted" } },
    ]);
    expect(standIn.counters().resourceUnits - before.resourceUnits).toBe(1);
    // listItem: delta: 410 with a resync code and a Location that starts a fresh enumeration.
    standIn.expireDeltaTokens("Things");
    const gone = await lists.page(changes["@odata.deltaLink"]!).then(() => undefined, (e: GraphError) => e);
    expect(gone).toMatchObject({ statusCode: 410, code: "resyncChangesApplyDifferences" });
    const fresh = await lists.page<GraphListItem>(gone!.headers!.get("Location")!);
    expect(fresh.value).toHaveLength(10);
    expect(fresh.value[0]!.fields).toEqual(expect.objectContaining({ Title: expect.any(String) }));
    expect(Object.keys(fresh.value[0]!.fields!)).not.toContain("Created");
  });
});
