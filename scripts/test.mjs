// `npm test`: every test, from a fresh clone. Installs dependencies and Chromium when missing;
// the suite itself starts Azurite and the other services it needs (test/support/globalSetup.ts).
// Extra arguments go to vitest, e.g. `npm test -- test/api`.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ensureChromium, ensureDependencies, root } from "./lib/setup.mjs";

ensureDependencies();
const chromium = ensureChromium();
const result = spawnSync(join(root, "node_modules", ".bin", "vitest"), ["run", ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, CHROMIUM_PATH: chromium },
});
process.exit(result.status ?? 1);
