// Resource units by Microsoft's published cost table for Graph calls to SharePoint ("Avoid
// getting throttled or blocked in SharePoint Online"): 1 for a single item or a delta with a
// token, 2 for a multi-item query or a delta without a token, 2 for a create, update or delete.
// Requests inside a $batch are counted one by one; the envelope costs nothing by itself.
export type RequestKind =
  | "single"
  | "collection"
  | "delta-initial"
  | "delta-token"
  | "write"
  | "batch";

export const RESOURCE_UNITS: Record<RequestKind, number> = {
  single: 1,
  collection: 2,
  "delta-initial": 2,
  "delta-token": 1,
  write: 2,
  batch: 0,
};

export interface Counters {
  /** HTTP requests that reached the stand-in (a $batch is one). */
  requests: number;
  /** Requests inside $batch envelopes. */
  batchedRequests: number;
  resourceUnits: number;
  byKind: Record<string, number>;
  byStatus: Record<string, number>;
  faultsInjected: number;
}

export const emptyCounters = (): Counters => ({ requests: 0, batchedRequests: 0, resourceUnits: 0, byKind: {}, byStatus: {}, faultsInjected: 0 });

export function count(counters: Counters, kind: RequestKind, status: number): void {
  counters.resourceUnits += RESOURCE_UNITS[kind];
  counters.byKind[kind] = (counters.byKind[kind] ?? 0) + 1;
  counters.byStatus[status] = (counters.byStatus[status] ?? 0) + 1;
}
