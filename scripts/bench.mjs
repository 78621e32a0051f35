// `npm run bench`: the project's benchmarks. Prints a table per benchmark and writes JSON under
// bench/results/. `npm run bench -- search` runs only the named ones (search, bundle, startup).
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ensureChromium, ensureSetup, root } from "./lib/setup.mjs";

await ensureSetup();
const chromium = ensureChromium();
const result = spawnSync(join(root, "node_modules", ".bin", "tsx"), ["bench/run.ts", ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, CHROMIUM_PATH: chromium },
});
process.exit(result.status ?? 1);
