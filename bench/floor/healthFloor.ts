// The floor of the API's cold start (bench/coldStart.ts bundles and times it): only what answering
// /api/health cannot do without. The API's settings validated with zod (parsed once, so without
// zod's compiled fast path, as the API parses its own); @azure/functions' HttpRequest made for
// each request, as the Functions host and the local host do; and health's storage calls, in its
// order: the meta table created if missing and its version row read, the delivery queue and its
// poison queue created if missing and their properties read, and the SharePoint sync's state
// table created if missing and its last run's report read (production requires SharePoint, and
// health shows how its last sync went). No routes, no services, no logging: whatever the real app
// does beyond this is what its ratio to the floor measures. Served over node:http like
// api/src/dev/serveBundle.ts.
import { TableClient } from "@azure/data-tables";
import functions from "@azure/functions";
import { QueueServiceClient } from "@azure/storage-queue";
import { createServer } from "node:http";
import * as z from "zod";
import { deliveryQueueName, poisonQueueName } from "../../api/src/bot/storageQueueNames.js";

const settings = z
  .object({
    STORAGE_CONNECTION_STRING: z.string().min(1),
    TABLE_PREFIX: z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,20}$/),
    API_PORT: z.coerce.number().int().min(1).max(65535),
  })
  .parse(process.env, { jitless: true });

const connectionString = settings.STORAGE_CONNECTION_STRING;
const meta = TableClient.fromConnectionString(connectionString, `${settings.TABLE_PREFIX}meta`, { allowInsecureConnection: connectionString.includes("http://") });
const queues = QueueServiceClient.fromConnectionString(connectionString);
const deliveries = queues.getQueueClient(deliveryQueueName(settings.TABLE_PREFIX));
const poison = queues.getQueueClient(poisonQueueName(settings.TABLE_PREFIX));
// The sync's state table and its report row, as api/src/sharepoint/sync/syncState.ts keeps them.
const syncState = TableClient.fromConnectionString(connectionString, `${settings.TABLE_PREFIX}spDelta`, { allowInsecureConnection: connectionString.includes("http://") });

async function storageAnswers(): Promise<boolean> {
  await meta.createTable();
  return meta.getEntity("directory", "version").then(
    () => true,
    (error: { statusCode?: number }) => error.statusCode === 404,
  );
}

async function deliveryBacklog(): Promise<{ waiting: number; poisoned: number }> {
  await Promise.all([deliveries.createIfNotExists(), poison.createIfNotExists()]);
  const [main, failed] = await Promise.all([deliveries.getProperties(), poison.getProperties()]);
  return { waiting: main.approximateMessagesCount ?? 0, poisoned: failed.approximateMessagesCount ?? 0 };
}

async function lastSync(): Promise<string | undefined> {
  await syncState.createTable();
  return syncState.getEntity<{ json: string }>("report", "last").then(
    (row) => (JSON.parse(row.json) as { outcome?: string }).outcome,
    () => undefined,
  );
}

createServer(async (req, res) => {
  const request = new functions.HttpRequest({ method: req.method, url: `http://127.0.0.1${req.url}`, headers: req.headers as Record<string, string> });
  if (new URL(request.url).pathname !== "/api/health") return void res.writeHead(404).end();
  const [ok, deliveries, sync] = await Promise.all([storageAnswers(), deliveryBacklog(), lastSync()]);
  res.writeHead(ok ? 200 : 503, { "Content-Type": "application/json" }).end(JSON.stringify({ status: ok ? "ok" : "degraded", backlog: { deliveries, sync } }));
}).listen(settings.API_PORT, "127.0.0.1");
