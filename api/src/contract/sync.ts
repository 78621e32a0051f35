// SharePoint sync status, as coordinators see it (GET /api/sync/status, POST /api/sync).
//   POST /api/sync          200 SyncRun (coordinator): runs a sync now, or joins the running one;
//                           409 sync-not-configured in local mode
//   GET  /api/sync/status   200 SyncStatus (coordinator)

export interface SyncRejectedRow {
  /** The list's key: members, contacts, courses, sessions, registrations, events. */
  list: string;
  /** The SharePoint item id (the ID column). */
  itemId: string;
  reason: string;
}

export interface ListSyncResult {
  list: string;
  /** full: enumerated from the start (first run, or the delta token expired); incremental: from the stored delta link. */
  mode: "full" | "incremental";
  pages: number;
  changed: number;
  deleted: number;
  rejected: number;
  /** Why the list was enumerated in full: Graph's 410 code (resyncChangesApplyDifferences, resyncChangesUploadDifferences). */
  resync?: string;
  /** Registrations written to the list again after resyncChangesUploadDifferences. */
  resent?: number;
  error?: string;
}

export interface SyncRun {
  trigger: "timer" | "manual" | "startup";
  startedAt: string;
  finishedAt: string;
  /** partial: some lists failed (see lists[].error) and will be retried on the next run. */
  outcome: "ok" | "partial" | "failed";
  lists: ListSyncResult[];
  itemsChanged: number;
  /** Rows that do not validate now: skipped, last good values kept. */
  rowsRejected: SyncRejectedRow[];
  /** Graph requests (a $batch counts once) and resource units by Microsoft's cost table. */
  requests: number;
  resourceUnits: number;
  directory: { saved: number; removed: number };
  /** Courses created or changed from the lists, and registrations cancelled or given attendance by coordinators. */
  catalogue?: { coursesSaved: number; registrationsChanged: number };
}

/** The write-back of registrations made in Teams to the Anmälningar list. */
export interface OutboxStatus {
  /** Registrations whose change has not reached the list yet. */
  pending: number;
  /** Of those, the ones that failed at least once and wait for their next attempt. */
  failing: number;
  oldestChangeAt?: string;
  lastError?: string;
}

export interface SyncStatus {
  /** local: no SharePoint configured, the local store is the truth. */
  source: "local" | "sharepoint";
  running: boolean;
  intervalMinutes?: number;
  lastRun?: SyncRun;
  outbox?: OutboxStatus;
}
