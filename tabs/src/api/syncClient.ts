// The coordinators' SharePoint sync routes (see api/src/contract/sync.ts), in a client of their own
// so that only the lazily loaded sync-health view carries them. Failures arrive as ProblemError.
import type { RetryWriteBackRequest, SyncRun, SyncStatus } from "@campus-westum/api/contract";
import { apiFetch } from "./apiFetch";

export interface SyncClient {
  syncStatus(signal?: AbortSignal): Promise<SyncStatus>;
  /** Runs a sync now (or joins the running one); 409 sync-not-configured in local mode. */
  syncNow(): Promise<SyncRun>;
  /** A failed or dead-lettered write-back gets fresh attempts; answers the status after it. */
  retryWriteBack(request: RetryWriteBackRequest): Promise<SyncStatus>;
}

export function createSyncClient(getToken: () => Promise<string>, locale: string): SyncClient {
  return {
    syncStatus: (signal) => apiFetch("/api/sync/status", { locale, getToken, signal }),
    syncNow: () => apiFetch("/api/sync", { locale, getToken, method: "POST" }),
    retryWriteBack: (body) => apiFetch("/api/sync/write-backs/retry", { locale, getToken, method: "POST", body }),
  };
}
