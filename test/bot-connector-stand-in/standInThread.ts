// The Bot Connector stand-in in a thread of its own, for the benchmark. Like the real service,
// it then counts arrivals on its own event loop and clock: in the worker's thread, a pause of
// the worker (a long garbage collection, no CPU for a while) would also hold back the stand-in
// from reading requests already sent, and it would count them late, bunched together. Tests
// use the stand-in in their own thread, where they can watch it live.
import { once } from "node:events";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { startBotConnectorStandIn, type StandInOptions, type StandInStats } from "./server.js";

/** What the stand-in saw; times are in the caller's performance.now(). */
export interface StandInResults {
  delivered: { conversationId: string; at: number }[];
  counted: number[];
  stats: StandInStats;
}

export interface StandInThread {
  url: string;
  results(): Promise<StandInResults>;
  close(): Promise<void>;
}

export async function startStandInThread(options: StandInOptions = {}): Promise<StandInThread> {
  // The thread loads this TypeScript file through tsx, as the bench itself is run.
  const load = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); })`;
  const thread = new Worker(load, { eval: true, workerData: { standInOptions: options } });
  const [{ url }] = (await once(thread, "message")) as [{ url: string }];
  // The two threads' performance.now() start at different moments; epoch times join them.
  const local = (epoch: number) => epoch - performance.timeOrigin;
  return {
    url,
    async results() {
      thread.postMessage("results");
      const [results] = (await once(thread, "message")) as [StandInResults];
      return { ...results, delivered: results.delivered.map((d) => ({ ...d, at: local(d.at) })), counted: results.counted.map(local) };
    },
    async close() {
      thread.postMessage("close");
      await once(thread, "exit");
    },
  };
}

if (!isMainThread && workerData?.standInOptions) {
  const standIn = await startBotConnectorStandIn(workerData.standInOptions as StandInOptions);
  const epoch = (at: number) => performance.timeOrigin + at;
  parentPort!.postMessage({ url: standIn.url });
  parentPort!.on("message", async (request: "results" | "close") => {
    if (request === "results") {
      const results: StandInResults = { delivered: standIn.delivered.map((d) => ({ conversationId: d.conversationId, at: epoch(d.at) })), counted: standIn.counted.map(epoch), stats: standIn.stats };
      parentPort!.postMessage(results);
    } else {
      await standIn.close();
      parentPort!.close();
    }
  });
}
