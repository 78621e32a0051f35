// A local Microsoft Graph stand-in for SharePoint lists: `startGraphStandIn()` serves one site
// over http on loopback and gives tests a programmatic handle on it (edit items as a
// coordinator would, expire delta tokens, inject faults, read request and RU counters).
import type { Counters } from "./costs.js";
import type { FaultSettings, Fault } from "./faults.js";
import type { SiteRole } from "./grants.js";
import { StandInModel, type Fields, type List, type ResyncCode } from "./model.js";
import { serveStandIn } from "./server.js";

export type { Counters } from "./costs.js";
export type { Fields, ResyncCode } from "./model.js";
export type { SiteRole } from "./grants.js";

export const STAND_IN_TOKEN = "stand-in-token";

export interface GraphStandIn {
  /** Origin to use as the Graph base URL, e.g. http://127.0.0.1:43210 */
  url: string;
  siteId: string;
  /** The site's URL as a coordinator would paste it. */
  siteUrl: string;
  model: StandInModel;
  list(name: string): List;
  createItem(listName: string, fields: Fields): string;
  updateItem(listName: string, id: string, fields: Fields): void;
  deleteItem(listName: string, id: string): void;
  /** Every delta token of the list (or of all lists) answers 410 with `code` from now on. */
  expireDeltaTokens(listName?: string, code?: ResyncCode): void;
  /** Expires every list's delta tokens once the stand-in has served `requests` more requests: a 410 in the middle of a sync. */
  expireDeltaTokensAfter(requests: number): void;
  /** Called with every plain request before it is answered (e.g. to kill a client in the middle of a write). */
  onRequest(listener: ((request: { method: string; path: string }) => void) | undefined): void;
  /** The app's Sites.Selected role on the site: "none" answers every site request 403 accessDenied. */
  grant(role: SiteRole): void;
  setFaults(settings: FaultSettings): void;
  enqueueFaults(...faults: Fault[]): void;
  clearFaults(): void;
  counters(): Counters;
  resetCounters(): void;
  userAgents(): string[];
  close(): Promise<void>;
}

export async function startGraphStandIn(options: { acceptToken?: (token: string) => boolean } = {}): Promise<GraphStandIn> {
  const model = new StandInModel();
  const server = await serveStandIn(model, options.acceptToken ?? ((t) => t === STAND_IN_TOKEN));
  const list = (name: string) => {
    const found = model.findList(name);
    if (!found) throw new Error(`No list ${name} in the stand-in`);
    return found;
  };
  const item = (listName: string, id: string) => {
    const found = list(listName).items.get(id);
    if (!found) throw new Error(`No item ${id} in ${listName}`);
    return found;
  };
  return {
    url: server.url,
    siteId: model.site.id,
    siteUrl: `https://${model.site.hostname}${model.site.path}`,
    model,
    list,
    createItem: (listName, fields) => model.createItem(list(listName), fields).id,
    updateItem: (listName, id, fields) => void model.updateItem(list(listName), item(listName, id), fields),
    deleteItem: (listName, id) => model.deleteItem(list(listName), item(listName, id)),
    expireDeltaTokens: (listName, code) => (listName ? [list(listName)] : model.site.lists).forEach((l) => model.expireDeltaTokens(l, code)),
    expireDeltaTokensAfter: (requests) => server.afterRequests(requests, () => model.site.lists.forEach((l) => model.expireDeltaTokens(l))),
    onRequest: (listener) => server.onRequest(listener),
    grant: (role) => server.setGrant(role),
    setFaults: (settings) => server.faults.set(settings),
    enqueueFaults: (...faults) => server.faults.enqueue(...faults),
    clearFaults: () => server.faults.clear(),
    counters: () => structuredClone(server.counters),
    resetCounters: () => Object.assign(server.counters, { requests: 0, batchedRequests: 0, resourceUnits: 0, byKind: {}, byStatus: {}, faultsInjected: 0 }),
    userAgents: () => [...server.userAgents],
    close: () => server.close(),
  };
}
