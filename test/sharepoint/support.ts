// Shared set-up of the SharePoint tests: the coordinators' lists on the stand-in, rows as a
// coordinator types them, and a sync wired to its own tables on the shared Azurite.
import { inject } from "vitest";
import { parseStockholmTime } from "@campus-westum/bot/stockholmClock";
import { CONTACT_ROLES, EDUCATION_AREAS, SUB_REGIONS, type MemberDetail, type Project } from "../../api/src/contract/index.js";
import { silentLogger } from "../../api/src/logger.js";
import { GraphMeter } from "../../api/src/sharepoint/behaviors/meter.js";
import { createGraphClient } from "../../api/src/sharepoint/graphClient.js";
import type { ListKey } from "../../api/src/sharepoint/listDefinition.js";
import { SiteLists } from "../../api/src/sharepoint/siteLists.js";
import { SharePointSync } from "../../api/src/sharepoint/sync/sharePointSync.js";
import { SyncState } from "../../api/src/sharepoint/sync/syncState.js";
import { staticTokenProvider } from "../../api/src/sharepoint/tokenProvider.js";
import { MemberStore } from "../../api/src/store/memberStore.js";
import { Tables } from "../../api/src/store/tables.js";
import { LIST_DEFINITIONS } from "../../infra/sharepoint/lists.js";
import { columnProblem, storedColumn } from "../graph-stand-in/columns.js";
import { STAND_IN_TOKEN, startGraphStandIn, type Fields, type GraphStandIn } from "../graph-stand-in/index.js";
import { startApiHarness, type ApiHarness } from "../support/apiHarness.js";

export const LIST_NAMES: Record<ListKey, string> = Object.fromEntries(LIST_DEFINITIONS.map((d) => [d.key, d.displayName])) as Record<ListKey, string>;

/** Creates the lists straight in the stand-in's model (provisioning itself is tested apart), checked as Graph checks them. */
export function provisionDirectly(standIn: GraphStandIn): void {
  const ids = new Map<string, string>();
  for (const d of LIST_DEFINITIONS) {
    const columns = d.columns.map((c) => storedColumn({ ...c, indexed: c.indexed ?? false, ...(c.lookup ? { lookup: { columnName: c.lookup.columnName, listId: ids.get(c.lookup.list) } } : {}) }));
    for (const c of columns) {
      const problem = columnProblem(c, (id) => [...ids.values()].includes(id));
      if (problem) throw new Error(`${d.displayName}.${c.name}: ${problem}`);
    }
    ids.set(d.key, standIn.model.createList(d.displayName, columns).id);
  }
}

const sv = (list: readonly { id: string; sv: string }[], id: string) => list.find((e) => e.id === id)!.sv;

/** A member as a coordinator enters it in the Medlemmar list (Swedish choice labels). */
export function memberFields(m: MemberDetail): Fields {
  return {
    Title: m.name,
    MemberKey: m.id,
    SubRegion: m.subRegions.map((r) => sv(SUB_REGIONS, r)),
    "SubRegion@odata.type": "Collection(Edm.String)",
    Municipalities: m.municipalities,
    "Municipalities@odata.type": "Collection(Edm.String)",
    EducationAreas: m.areas.map((a) => sv(EDUCATION_AREAS, a)),
    "EducationAreas@odata.type": "Collection(Edm.String)",
    DigitalSystems: m.systems,
    Projects: m.projects,
    TechNetwork: m.techNetwork,
    ...(m.description ? { Description: m.description } : {}),
    ...(m.address ? { Address: m.address } : {}),
    ...(m.website ? { Website: m.website } : {}),
  };
}

export function contactFields(c: MemberDetail["contacts"][number], memberItemId: string): Fields {
  return {
    Title: c.name,
    ContactKey: c.id,
    MemberLookupId: memberItemId,
    Role: sv(CONTACT_ROLES, c.role),
    Email: c.email,
    ...(c.phone ? { Phone: c.phone } : {}),
    TechNetwork: c.techNetwork,
  };
}

/** A project as a coordinator enters it in the Projekt list. */
export function projectFields(p: Project): Fields {
  // Graph gives a date-only column as the day's midnight in the site's time zone (Stockholm), in UTC.
  const day = (d: string) => new Date((parseStockholmTime(`${d}T00:00`) as { epochMs: number }).epochMs).toISOString().replace(/\.\d{3}Z$/, "Z");
  return { Title: p.name, ProjectKey: p.id, Funder: p.funder, Active: p.active, ...(p.start ? { Start: day(p.start) } : {}), ...(p.end ? { End: day(p.end) } : {}) };
}

/** Puts projects in the Projekt list; returns project id -> item id. */
export function enterProjects(standIn: GraphStandIn, projects: readonly Project[]): Map<string, string> {
  return new Map(projects.map((p) => [p.id, standIn.createItem(LIST_NAMES.projects, projectFields(p))]));
}

/** Puts members and their contacts in the lists; returns member id -> item id. */
export function enterDirectory(standIn: GraphStandIn, members: MemberDetail[]): Map<string, string> {
  const itemIds = new Map<string, string>();
  for (const m of members) {
    const itemId = standIn.createItem(LIST_NAMES.members, memberFields(m));
    itemIds.set(m.id, itemId);
    for (const c of m.contacts) standIn.createItem(LIST_NAMES.contacts, contactFields(c, itemId));
  }
  return itemIds;
}

let counter = 0;

/** A sync against the stand-in with its own tables and no waiting between retries. */
export function testSync(standIn: GraphStandIn, options: { pageSize?: number } = {}) {
  const tables = new Tables(inject("storage"), `sp${process.pid}x${++counter}x${Math.random().toString(36).slice(2, 6)}`);
  const members = new MemberStore(tables);
  const meter = new GraphMeter();
  const retry = { sleep: async () => {}, baseDelayMs: 1 };
  const graph = createGraphClient({ tokens: staticTokenProvider(STAND_IN_TOKEN), baseUrl: standIn.url, appVersion: "test", retry, meter });
  const site = new SiteLists(graph, standIn.siteId, async () => {});
  const state = new SyncState(tables);
  const sync = new SharePointSync({ site, state, members, log: silentLogger, intervalMinutes: 5, pageSize: options.pageSize });
  return { sync, members, state, tables, site };
}

/**
 * The API with SharePoint on a fresh stand-in: the lists provisioned, these members (with their
 * contacts) entered as a coordinator would, and one sync run, so the directory has them.
 */
export interface ApiOnStandIn {
  standIn: GraphStandIn;
  api: ApiHarness;
  /** Member id -> its item in Medlemmar. */
  memberItems: Map<string, string>;
  coordinator: string;
  close(): Promise<void>;
}

export async function startApiOnStandIn(members: MemberDetail[]): Promise<ApiOnStandIn> {
  const standIn = await startGraphStandIn();
  provisionDirectly(standIn);
  const memberItems = enterDirectory(standIn, members);
  const api = await startApiHarness({ members: [], env: { GRAPH_BASE_URL: standIn.url, GRAPH_ACCESS_TOKEN: STAND_IN_TOKEN, SHAREPOINT_SITE: standIn.siteUrl } });
  const coordinator = await api.token("coordinator");
  const sync = await api.send("POST", "/api/sync", { token: coordinator });
  if (sync.status !== 200) throw new Error(`the first sync answered ${sync.status}: ${await sync.text()}`);
  return { standIn, api, memberItems, coordinator, close: async () => (await api.close(), await standIn.close()) };
}
