// teams-js 2.58 bundles the `debug` logging library (internal/telemetry.js imports its browser
// build) for traces that are off unless localStorage.debug names them. Inside Teams it is ~2.2 KB
// gzip of the tab's first download for nothing a user sees, so the build gives teams-js a silent
// logger of the same shape instead (decision 0011). If teams-js changes how it imports `debug`, the
// build either stops with a missing export (the shape changed) or warns that nothing was replaced.
import type { Plugin } from "vite";

/** The module teams-js's telemetry imports, inside its own dist folder. */
const TEAMS_JS_DEBUG = /@microsoft\/teams-js\/dist\/esm\/node_modules\/\.pnpm\/debug@[^/]+\/node_modules\/debug\/src\/browser\.js$/;

/** What telemetry.js uses: `b.debug(namespace)` -> logger with `.extend()`, and `b.debug.formatArgs`. */
const SILENT_DEBUG = `
function createDebug() {
  const log = () => {};
  log.enabled = false;
  log.extend = createDebug;
  return log;
}
createDebug.formatArgs = () => {};
export const b = { debug: createDebug };
`;

export function teamsJsWithoutDebugLogging(): Plugin {
  let replaced = false;
  return {
    name: "campus-westum:teams-js-without-debug-logging",
    apply: "build",
    load(id) {
      if (!TEAMS_JS_DEBUG.test(id)) return null;
      replaced = true;
      return SILENT_DEBUG;
    },
    buildEnd(error) {
      if (!error && !replaced) this.warn("teams-js no longer imports its bundled `debug` where expected: its logger ships in full");
    },
  };
}
