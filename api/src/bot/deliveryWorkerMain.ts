// `tsx api/src/bot/deliveryWorkerMain.ts`: the delivery worker as a process of its own, with
// the API's configuration. Tests start it as a child process to kill it mid-run; the Functions
// app runs the same worker from its queue trigger instead.
import { loadConfig } from "../config.js";
import { jsonLogger } from "../logger.js";
import { createServices } from "../services.js";
import { botServicesOf } from "./botServices.js";

const log = jsonLogger();
const services = await createServices(loadConfig(), log);
const worker = botServicesOf(services).createWorker();
worker.start();
log.info("delivery worker started", { pid: process.pid });
const report = setInterval(() => log.info("delivery worker", { ...worker.stats }), 1000);
const stop = async () => {
  clearInterval(report);
  await worker.stop();
  log.info("delivery worker stopped", { ...worker.stats });
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
