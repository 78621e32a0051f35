// SharePoint sync status, as coordinators see it (GET /api/sync/status, POST /api/sync).
//   POST /api/sync          200 SyncRun (coordinator): runs a sync now, or joins the running one;
//                           409 sync-not-configured in local mode
//   GET  /api/sync/status   200 SyncStatus (coordinator): per list the last successful sync, the
//                           rejected rows, the write-back backlog and its failures
//   POST /api/sync/write-backs/retry  RetryWriteBackRequest
//                           202 SyncStatus (coordinator): a failed or dead-lettered write-back
//                           gets fresh attempts; 404 when none waits (it arrived meanwhile)

export interface SyncRejectedRow {
  /** The list's key: members, contacts, courses, sessions, registrations, events. */
  list: string;
  /** The list's name: Swedish as on the site, and English (every answer of the API has it). */
  listLabel?: { sv: string; en: string };
  /** The SharePoint item id (the ID column). */
  itemId: string;
  /** In English, for logs and operators. */
  reason: string;
  /** The SharePoint column at fault (internal name, e.g. SubRegion), when one is; several are joined by ", ". */
  column?: string;
  /** The same column(s) by the name coordinators see: Swedish as on the site ("Delregion"), and English. */
  columnLabel?: { sv: string; en: string };
  /** What is wrong, for coordinators, Swedish and English. */
  problem?: { sv: string; en: string };
}

/** One list's health: when it last synced without an error. */
export interface ListHealth {
  list: string;
  /** The list's name: Swedish as on the site, and English. */
  label: { sv: string; en: string };
  /** The finish of the last run that read this list without an error; absent: never. */
  lastSuccessAt?: string;
  /** Minutes since lastSuccessAt, by the server's clock at checkedAt. */
  ageMinutes?: number;
  /** Older than three sync intervals, or never synced. */
  stale: boolean;
  /** The last run's error for this list, if it failed. */
  error?: string;
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
  /** Of those, the ones that failed maxAttempts times: not retried until a coordinator asks. */
  dead: number;
  maxAttempts: number;
  /** Dead-lettered first, then the longest failing; at most 50. */
  failures: WriteBackFailure[];
  oldestChangeAt?: string;
  lastError?: string;
}

/** A write-back to the lists that failed: a registration, a course (with sessions and sites), a fika series or a needs round (with its answers' needs). */
export interface WriteBackFailure {
  kind: "registration" | "course" | "fika" | "needs";
  /** The outbox's group: the course id, "fika~<series id>" or "needs~<round id>". */
  group: string;
  /** Present for a registration. */
  registrationId?: string;
  /** The course's, the series' or the round's title, when it still exists. */
  title?: string;
  /** The registered person, for a registration. */
  personName?: string;
  attempts: number;
  dead: boolean;
  /** When the app made the change that waits. */
  changedAt: string;
  /** Absent when dead-lettered. */
  nextAttemptAt?: string;
  /** Graph's answer, in English as the service gave it. */
  lastError?: string;
}

/** Which failed write-back to send again: a WriteBackFailure's group and registration id. */
export interface RetryWriteBackRequest {
  group: string;
  registrationId?: string;
}

export interface SyncStatus {
  /** local: no SharePoint configured, the local store is the truth. */
  source: "local" | "sharepoint";
  running: boolean;
  intervalMinutes?: number;
  /** When the server answered (ageMinutes are counted to this). */
  checkedAt?: string;
  lists?: ListHealth[];
  lastRun?: SyncRun;
  outbox?: OutboxStatus;
}
