// Installs dependencies when missing; used before scripts that need them (npm run package).
import { ensureDependencies } from "./lib/setup.mjs";
ensureDependencies();
