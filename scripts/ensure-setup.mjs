// Node.js 22 and the dependencies, before scripts that need them (`npm run package`).
import { ensureSetup } from "./lib/setup.mjs";
await ensureSetup();
