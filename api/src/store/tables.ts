// Azure Tables access: one client per table, created on first use. Locally this is Azurite
// (UseDevelopmentStorage=true or an explicit connection string to its ports).
import { TableClient, TableTransaction, type TableEntity, type TableEntityResult } from "@azure/data-tables";

/** Azure Tables accepts at most 100 operations per transaction, all in one partition. */
const MAX_BATCH = 100;

export class Tables {
  private readonly clients = new Map<string, Promise<TableClient>>();

  constructor(
    private readonly connectionString: string,
    private readonly prefix: string,
  ) {}

  /** The client of a table, which is created if it does not exist yet. */
  table(name: string): Promise<TableClient> {
    const fullName = `${this.prefix}${name}`;
    let client = this.clients.get(fullName);
    if (!client) {
      client = this.open(fullName);
      client.catch(() => this.clients.delete(fullName));
      this.clients.set(fullName, client);
    }
    return client;
  }

  private async open(fullName: string): Promise<TableClient> {
    const client = TableClient.fromConnectionString(this.connectionString, fullName, {
      allowInsecureConnection: this.connectionString.includes("UseDevelopmentStorage") || this.connectionString.includes("http://"),
    });
    await client.createTable();
    return client;
  }
}

/** Partitions written at once; Azure Tables scales per partition, so they may run in parallel. */
const PARALLEL_PARTITIONS = 8;

/** Upserts entities in transactions of up to 100 per partition. */
export async function upsertAll<T extends object>(client: TableClient, entities: TableEntity<T>[]): Promise<void> {
  const byPartition = new Map<string, TableEntity<T>[]>();
  for (const entity of entities) {
    const list = byPartition.get(entity.partitionKey) ?? [];
    list.push(entity);
    byPartition.set(entity.partitionKey, list);
  }
  const batches = [...byPartition.values()].flatMap((list) =>
    Array.from({ length: Math.ceil(list.length / MAX_BATCH) }, (_, i) => list.slice(i * MAX_BATCH, (i + 1) * MAX_BATCH)),
  );
  const submitNext = async (): Promise<void> => {
    for (let batch = batches.pop(); batch; batch = batches.pop()) {
      const transaction = new TableTransaction();
      for (const entity of batch) transaction.upsertEntity(entity, "Replace");
      await client.submitTransaction(transaction.actions);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_PARTITIONS }, submitNext));
}

/** Every entity of a table (or of one partition), following continuation tokens. */
export async function listAll<T extends object>(client: TableClient, partitionKey?: string): Promise<TableEntity<T>[]> {
  const filter = partitionKey === undefined ? undefined : `PartitionKey eq '${partitionKey.replace(/'/g, "''")}'`;
  const entities: TableEntity<T>[] = [];
  for await (const entity of client.listEntities<T>({ queryOptions: { filter } })) {
    // Listed entities always carry their keys; the SDK types them as optional.
    entities.push({ ...(entity as TableEntityResult<T>), partitionKey: entity.partitionKey!, rowKey: entity.rowKey! } as TableEntity<T>);
  }
  return entities;
}
