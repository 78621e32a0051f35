// Provisioning against the stand-in: a dry run changes nothing, --apply creates the lists,
// a second run finds nothing to do, and what differs is reported and left alone.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIST_DEFINITIONS } from "../../infra/sharepoint/lists.js";
import { createGraphClient } from "../../api/src/sharepoint/graphClient.js";
import { applyPlan, readPlan } from "../../api/src/sharepoint/provisioning.js";
import { SiteLists } from "../../api/src/sharepoint/siteLists.js";
import { SYNCED_LISTS } from "../../api/src/sharepoint/sync/sharePointSync.js";
import { staticTokenProvider } from "../../api/src/sharepoint/tokenProvider.js";
import { STAND_IN_TOKEN, startGraphStandIn, type GraphStandIn } from "../graph-stand-in/index.js";

let standIn: GraphStandIn;
let site: SiteLists;
beforeAll(async () => {
  standIn = await startGraphStandIn();
  site = new SiteLists(createGraphClient({ tokens: staticTokenProvider(STAND_IN_TOKEN), baseUrl: standIn.url, appVersion: "test" }), standIn.siteUrl);
});
afterAll(() => standIn?.close());

const run = promisify(execFile);
const provision = (...args: string[]) =>
  run(process.execPath, ["--import", "tsx", "scripts/provision.ts", "--site", standIn.siteUrl, ...args], {
    env: { ...process.env, GRAPH_BASE_URL: standIn.url, GRAPH_ACCESS_TOKEN: STAND_IN_TOKEN },
  });

describe("npm run provision", () => {
  it("prints the plan in a dry run and changes nothing", async () => {
    const { stdout } = await provision();
    expect(stdout).toContain("create list Medlemmar with 10 columns");
    expect(stdout).toContain("Dry run: nothing was changed");
    expect(standIn.model.site.lists).toHaveLength(0);
  });

  it("creates every list with --apply, lookups pointing at their lists, and is idempotent", async () => {
    const { stdout } = await provision("--apply");
    expect(stdout).toContain("The site matches the definitions.");
    expect(standIn.model.site.lists.map((l) => l.displayName)).toEqual(LIST_DEFINITIONS.map((d) => d.displayName));
    const member = standIn.list("Kontaktpersoner").columns.find((c) => c.name === "Member")!;
    expect(member).toMatchObject({ indexed: true, lookup: { listId: standIn.list("Medlemmar").id, columnName: "Title" } });
    const again = await readPlan(site, LIST_DEFINITIONS);
    expect(again.actions).toEqual([]);
  });

  it("adds what is missing, reports what differs, leaves it alone and stops naming it", async () => {
    const members = standIn.list("Medlemmar");
    members.columns = members.columns.filter((c) => c.name !== "Website");
    members.columns.find((c) => c.name === "MemberKey")!.indexed = false;
    const subRegion = members.columns.find((c) => c.name === "SubRegion")!;
    (subRegion.choice as { choices: string[] }).choices.push("Värmland");
    const phone = standIn.list("Kontaktpersoner").columns.find((c) => c.name === "Phone")!;
    delete phone.text;
    phone.number = {};
    const plan = await readPlan(site, LIST_DEFINITIONS);
    expect(plan.actions.map((a) => `${a.kind} ${"column" in a ? a.column.name : ""}`).sort()).toEqual(["create-column Website", "update-column MemberKey"]);
    expect(plan.differs).toEqual([
      "Medlemmar.SubRegion: has choices the definition lacks: Värmland (kept)",
      "Kontaktpersoner.Phone: type is number, the definition says text (left as it is)",
    ]);
    standIn.resetCounters();
    await expect(applyPlan(site, LIST_DEFINITIONS, plan)).rejects.toThrow(
      'Provisioning stopped: the site differs from the definitions (infra/sharepoint/lists.ts):\n  list Kontaktpersoner, column Phone (Telefon): type is "number", the definition says "text"\n',
    );
    expect(standIn.counters().byKind.batch).toBe(1);
    expect((await readPlan(site, LIST_DEFINITIONS)).actions).toEqual([]);
    expect(members.columns.find((c) => c.name === "MemberKey")!.indexed).toBe(true);
  });
});

describe("provisioning a site where a list was made by hand", () => {
  it("reads the columns back and stops with the list, the column and what differs", async () => {
    const own = await startGraphStandIn();
    try {
      const ownSite = new SiteLists(createGraphClient({ tokens: staticTokenProvider(STAND_IN_TOKEN), baseUrl: own.url, appVersion: "test" }), own.siteId);
      // A coordinator made Medlemmar first, with rich-text descriptions and no unique key.
      own.model.createList("Medlemmar", [
        { name: "Description", displayName: "Beskrivning", indexed: false, text: { allowMultipleLines: true, textType: "richText" } },
        { name: "MemberKey", displayName: "Medlems-id", indexed: true, required: true, text: {} },
      ]);
      const plan = await readPlan(ownSite, LIST_DEFINITIONS);
      expect(plan.differs).toContain('Medlemmar.Description: text.textType is "richText", the definition says "plain" (left as it is)');
      const failure = await applyPlan(ownSite, LIST_DEFINITIONS, plan).then(() => undefined, (e: Error) => e.message);
      expect(failure).toContain('list Medlemmar, column Description (Beskrivning): text.textType is "richText", the definition says "plain"');
      expect(failure).toContain("list Medlemmar, column MemberKey (Medlems-id): enforceUniqueValues is false, the definition says true");
      expect(failure).toContain("Change the column on the site (list settings) or its definition");
      // What could be made safely was made; the coordinator's column was not touched.
      expect(own.model.site.lists.map((l) => l.displayName)).toEqual(LIST_DEFINITIONS.map((d) => d.displayName));
      expect(own.list("Medlemmar").columns.find((c) => c.name === "Description")!.text).toEqual({ allowMultipleLines: true, textType: "richText" });
    } finally {
      await own.close();
    }
  });
});

describe("npm run provision without a grant on the site", () => {
  it("says which grant an admin must give", async () => {
    standIn.grant("none");
    try {
      const failure = await provision().then(() => undefined, (e: { stderr: string; code: number }) => e);
      expect(failure?.code).toBe(1);
      expect(failure?.stderr).toContain(`Provisioning failed: the app has no grant on site ${standIn.siteUrl} for this (Graph answered 403 accessDenied): an admin must grant the app Sites.Selected access to this site with the role "manage", see docs/setup.md, step 3`);
    } finally {
      standIn.grant("fullcontrol");
    }
  });
});

describe("the list definitions and the sync's mappings", () => {
  it("agree on list names and columns", () => {
    for (const mapping of SYNCED_LISTS) {
      const definition = LIST_DEFINITIONS.find((d) => d.key === mapping.list)!;
      expect(definition.displayName).toBe(mapping.displayName);
      const columns = ["Title", ...definition.columns.map((c) => (c.lookup ? `${c.name}LookupId` : c.name))];
      for (const field of mapping.fields) expect(columns, `${mapping.list}.${field}`).toContain(field);
    }
  });
});
