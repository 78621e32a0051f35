export interface Health {
  status: "ok" | "degraded";
  mode: "local" | "production";
  version: string;
  checks: { storage: "ok" | "failing" };
  /** Work waiting, for operators: absent where the count could not be read in time. */
  backlog?: {
    /** Bot deliveries in the storage queue, and messages that failed for good (the poison queue). */
    deliveries?: { waiting: number; poisoned: number };
    /** The SharePoint sync: absent in local mode, where there is nothing to sync. */
    sync?: { running: boolean; lastOutcome?: "ok" | "partial" | "failed"; lastFinishedAt?: string; intervalMinutes?: number };
  };
}
