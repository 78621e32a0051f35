// Runs the benchmarks named on the command line (all by default), prints each result as a
// table and writes it to bench/results/<name>.json with the machine it ran on.
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { benchBotDelivery } from "./botDelivery.js";
import { benchBundleSize } from "./bundleSize.js";
import { benchColdStart } from "./coldStart.js";
import { benchCatalogueRegistrations } from "./catalogueRegistrations.js";
import { benchDirectorySearch } from "./directorySearch.js";
import { benchFikaRecurrence } from "./fikaRecurrence.js";
import { benchNeedsDelivery } from "./needsDelivery.js";
import { benchNeedsResults } from "./needsResults.js";
import { benchSharePointSync } from "./sharepointSync.js";
import { benchStartup } from "./startup.js";

const benches: Record<string, () => Promise<object>> = {
  bot: () => benchBotDelivery(),
  bundle: benchBundleSize,
  coldstart: benchColdStart,
  needsDelivery: () => benchNeedsDelivery(),
  needsResults: benchNeedsResults,
  recurrence: benchFikaRecurrence,
  registrations: benchCatalogueRegistrations,
  search: benchDirectorySearch,
  sharepoint: benchSharePointSync,
  startup: benchStartup,
};

const chosen = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(benches);
const unknown = chosen.filter((name) => !(name in benches));
if (unknown.length > 0) {
  console.error(`Unknown benchmark: ${unknown.join(", ")}. Choose from ${Object.keys(benches).join(", ")}.`);
  process.exit(2);
}

const machine = { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30) };
mkdirSync(new URL("./results/", import.meta.url), { recursive: true });

for (const name of chosen) {
  console.log(`\n== ${name} ==`);
  const result = await benches[name]!();
  printTable(result);
  const file = new URL(`./results/${name}.json`, import.meta.url);
  writeFileSync(file, JSON.stringify({ bench: name, at: new Date().toISOString(), machine, result }, null, 2) + "\n");
  console.log(`(written to bench/results/${name}.json)`);
}

function printTable(result: object, prefix = ""): void {
  for (const [key, value] of Object.entries(result)) {
    if (value && typeof value === "object" && !Array.isArray(value)) printTable(value, `${prefix}${key}.`);
    else console.log(`  ${`${prefix}${key}`.padEnd(48)} ${Array.isArray(value) ? JSON.stringify(value) : value}`);
  }
}
