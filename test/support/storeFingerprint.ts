// What a test's storage holds, as counts and one checksum: every entity of every table and every
// queue message under the test's prefix. Two equal fingerprints mean nothing was written.
import { createHash } from "node:crypto";
import { TableClient, TableServiceClient } from "@azure/data-tables";
import { QueueServiceClient } from "@azure/storage-queue";

export interface StoreFingerprint {
  /** Entities per table (without the prefix), e.g. { courses: 12, registrations: 80 }. */
  entities: Record<string, number>;
  /** Approximate messages per queue. */
  messages: Record<string, number>;
  checksum: string;
}

export async function storeFingerprint(connectionString: string, prefix: string): Promise<StoreFingerprint> {
  const options = { allowInsecureConnection: true };
  const hash = createHash("sha256");
  const entities: Record<string, number> = {};
  const tableNames: string[] = [];
  for await (const table of TableServiceClient.fromConnectionString(connectionString, options).listTables()) {
    if (table.name?.startsWith(prefix)) tableNames.push(table.name);
  }
  for (const name of tableNames.sort()) {
    const rows: string[] = [];
    for await (const entity of TableClient.fromConnectionString(connectionString, name, options).listEntities()) {
      // The service's own bookkeeping changes on reads of nothing; the data is the rest.
      const { etag: _etag, timestamp: _timestamp, ...data } = entity as Record<string, unknown>;
      rows.push(JSON.stringify(data, Object.keys(data).sort()));
    }
    // An empty table is no data: some stores create theirs on first read.
    if (rows.length === 0) continue;
    entities[name.slice(prefix.length)] = rows.length;
    hash.update(`${name}\n${rows.sort().join("\n")}\n`);
  }
  const messages: Record<string, number> = {};
  const queues = QueueServiceClient.fromConnectionString(connectionString);
  for await (const queue of queues.listQueues({ prefix: prefix.toLowerCase() })) {
    const count = (await queues.getQueueClient(queue.name).getProperties()).approximateMessagesCount ?? 0;
    // An empty queue is no data either (health creates the delivery queues to count them).
    if (count === 0) continue;
    messages[queue.name] = count;
    hash.update(`${queue.name}:${count}\n`);
  }
  return { entities, messages, checksum: hash.digest("hex") };
}
