// One list's delta round: from the stored delta link (or from the start), through every
// @odata.nextLink, to the new @odata.deltaLink. 410 Gone (the token expired, also in the middle
// of paging) restarts the round as a full enumeration from the Location the 410 gives, and the
// round carries the 410's code for the caller. Changes are collected by item id, the last one
// winning, and applied by the caller only once the round is complete.
import { codeOf, headerOf, isGone } from "../graphErrors.js";
import type { ListMapping } from "../mapping/listMapping.js";
import { batchError, type BatchResponse, type GraphListItem, type GraphPage, type SiteLists } from "../siteLists.js";

/** Items per page asked of Graph (SharePoint's list view threshold is 5,000). */
export const SYNC_PAGE_SIZE = 1000;
const MAX_RESTARTS = 2;

export interface ListRound {
  mode: "full" | "incremental";
  pages: number;
  items: Map<string, GraphListItem>;
  deltaLink: string;
  /** The 410's error code when the stored token had expired (resyncChangesApplyDifferences or resyncChangesUploadDifferences). */
  resync?: string;
}

export const initialDeltaPath = (sitePath: string, listId: string, mapping: ListMapping, pageSize = SYNC_PAGE_SIZE) =>
  `${sitePath}/lists/${listId}/items/delta?expand=fields(select=${mapping.fields.join(",")})&$top=${pageSize}`;

export async function readListRound(
  site: SiteLists,
  start: { path: string; storedLink?: string },
  /** The first page when it already came in a $batch. */
  firstPage?: BatchResponse,
): Promise<ListRound> {
  let round: ListRound = { mode: start.storedLink ? "incremental" : "full", pages: 0, items: new Map(), deltaLink: "" };
  let link: string = start.storedLink ?? start.path;
  let given = firstPage;
  for (let restarts = 0; ; ) {
    try {
      let page: GraphPage<GraphListItem>;
      if (given) {
        const answer = given;
        given = undefined;
        if (answer.status !== 200) throw batchError(answer);
        page = answer.body as GraphPage<GraphListItem>;
      } else {
        page = await site.page<GraphListItem>(link);
      }
      round.pages++;
      for (const item of page.value) round.items.set(item.id, item);
      if (page["@odata.deltaLink"]) return { ...round, deltaLink: page["@odata.deltaLink"] };
      link = page["@odata.nextLink"] ?? "";
      if (!link) throw new Error("A delta page had neither @odata.nextLink nor @odata.deltaLink");
    } catch (error) {
      if (!isGone(error) || restarts++ >= MAX_RESTARTS) throw error;
      // listItem: delta: the 410's Location header holds a new nextLink that starts a fresh
      // enumeration (site.page refuses it if it points anywhere but Graph).
      round = { mode: "full", pages: round.pages, items: new Map(), deltaLink: "", resync: codeOf(error) ?? "410" };
      link = headerOf(error, "Location") ?? start.path;
    }
  }
}
