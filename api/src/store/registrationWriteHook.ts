// A seam for modules that must record something in the same transaction as a registration
// change (the SharePoint write-back outbox, api/src/sharepoint/outbox/). The registration store
// calls it around every transaction on a course's partition; without a hook nothing changes.
import type { TransactionAction } from "@azure/data-tables";

export interface RegistrationWriteHook {
  /** Before a transaction on the course's partition (e.g. note the course for a worker). */
  before(courseId: string): Promise<void>;
  /**
   * Actions to add to the same transaction (same table, same partition), derived from the
   * transaction's registration row writes ("reg-<id>": create, or a Merge of status/attendance).
   */
  alongside(courseId: string, actions: readonly TransactionAction[]): TransactionAction[];
}
