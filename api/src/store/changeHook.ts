// A seam for modules that must record something in the same transaction as a change of a
// course or a fika series (the SharePoint write-back outbox, api/src/sharepoint/outbox/). The
// store calls it around each such transaction; without a hook nothing changes.
import type { TransactionAction } from "@azure/data-tables";

export interface ChangeHook {
  /** Before the transaction (e.g. note the course or series for a worker; harmless if the change then fails). */
  before(id: string): Promise<void>;
  /** The action to add to the transaction: same table and partition as the change. */
  action(id: string): TransactionAction;
}
