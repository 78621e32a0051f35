// SharePoint sync against the Graph stand-in: requests and resource units (by Microsoft's cost
// table, as the stand-in counts them) for a full sync of 10,000 items and for incremental syncs
// with 0, 10 and 1,000 changes, and the wall time of the full sync (Graph + Azurite + projection).
// Goals (issue 4): no changes = 1 request per list; k changes <= ceil(k / page size) + 1;
// a 5-minute schedule over all lists <= 1% of 1,250 RU per minute. Then the write-back of course
// edits made in the tab (sharepointWriteBack.ts): resource units per edit, edit to list item.
import { fileURLToPath } from "node:url";
import { silentLogger } from "../api/src/logger.js";
import { createGraphClient } from "../api/src/sharepoint/graphClient.js";
import { SiteLists } from "../api/src/sharepoint/siteLists.js";
import { SYNC_PAGE_SIZE } from "../api/src/sharepoint/sync/listRound.js";
import { SharePointSync, SYNCED_LISTS } from "../api/src/sharepoint/sync/sharePointSync.js";
import { SyncState } from "../api/src/sharepoint/sync/syncState.js";
import { staticTokenProvider } from "../api/src/sharepoint/tokenProvider.js";
import { syntheticDirectory } from "../api/src/sample/syntheticDirectory.js";
import { MemberStore } from "../api/src/store/memberStore.js";
import { Tables } from "../api/src/store/tables.js";
import { startAzurite } from "../scripts/lib/processes.mjs";
import { STAND_IN_TOKEN, startGraphStandIn } from "../test/graph-stand-in/index.js";
import { contactFields, LIST_NAMES, memberFields, provisionDirectly } from "../test/sharepoint/support.js";
import { benchWriteBack } from "./sharepointWriteBack.js";

const MEMBERS = 2_000;
const CONTACTS_PER_MEMBER = 4;
const BUDGET_RU_PER_MINUTE = 1_250;
const SCHEDULE_MINUTES = 5;

export async function benchSharePointSync(): Promise<object> {
  const azurite = await startAzurite();
  const standIn = await startGraphStandIn();
  try {
    provisionDirectly(standIn);
    const directory = syntheticDirectory(MEMBERS, CONTACTS_PER_MEMBER);
    const contactItemIds: string[] = [];
    for (const m of directory) {
      const itemId = standIn.createItem(LIST_NAMES.members, memberFields({ ...m, sample: false }));
      for (const c of m.contacts) contactItemIds.push(standIn.createItem(LIST_NAMES.contacts, contactFields(c, itemId)));
    }
    const items = MEMBERS * (1 + CONTACTS_PER_MEMBER);
    const tables = new Tables(azurite.connectionString, "benchsp");
    const site = new SiteLists(createGraphClient({ tokens: staticTokenProvider(STAND_IN_TOKEN), baseUrl: standIn.url, appVersion: "bench" }), standIn.siteId);
    const state = new SyncState(tables);
    const graph = createGraphClient({ tokens: staticTokenProvider(STAND_IN_TOKEN), baseUrl: standIn.url, appVersion: "bench" });
    const sync = new SharePointSync({ site: new SiteLists(graph, standIn.siteId), state, members: new MemberStore(tables), log: silentLogger, intervalMinutes: SCHEDULE_MINUTES });

    const measure = async () => {
      standIn.resetCounters();
      const started = performance.now();
      const run = await sync.run("manual");
      const seconds = Math.round((performance.now() - started) / 10) / 100;
      const c = standIn.counters();
      if (run.outcome !== "ok") throw new Error(`sync failed: ${JSON.stringify(run.lists)}`);
      return { requests: c.requests, batchedRequests: c.batchedRequests, resourceUnits: c.resourceUnits, itemsChanged: run.itemsChanged, seconds };
    };
    const change = (k: number) => {
      for (let i = 0; i < k; i++) standIn.updateItem(LIST_NAMES.contacts, contactItemIds[(i * 7) % contactItemIds.length]!, { Phone: `010-${100000 + i}` });
    };

    const full = await measure();
    const none = await measure();
    change(10);
    const ten = await measure();
    change(1_000);
    const thousand = await measure();
    const lists = SYNCED_LISTS.length;
    const ruPerMinute = none.resourceUnits / SCHEDULE_MINUTES;
    const writeBack = await benchWriteBack({ standIn, tables, site, state, members: directory });
    return {
      items,
      lists,
      pageSize: SYNC_PAGE_SIZE,
      fullSync: { ...full, wallSeconds: full.seconds },
      incremental0: none,
      incremental10: ten,
      incremental1000: thousand,
      goals: {
        noChangesRequestsPerList: Math.round((none.requests / lists) * 100) / 100,
        noChangesAtMostOneRequestPerList: none.requests <= lists,
        tenChangesWithinBound: ten.requests <= Math.ceil(10 / SYNC_PAGE_SIZE) + 1,
        thousandChangesWithinBound: thousand.requests <= Math.ceil(1000 / SYNC_PAGE_SIZE) + 1,
        scheduleRuPerMinute: ruPerMinute,
        scheduleShareOfSmallestBudgetPercent: Math.round((ruPerMinute / BUDGET_RU_PER_MINUTE) * 10_000) / 100,
        scheduleWithinOnePercent: ruPerMinute <= BUDGET_RU_PER_MINUTE / 100,
      },
      writeBack,
    };
  } finally {
    await standIn.close();
    await azurite.stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(JSON.stringify(await benchSharePointSync(), null, 2));
