// Compiles the ICU message catalogues (src/i18n/catalogues/*.json) to Lingui's compiled form at
// build time, so the browser gets @lingui/core's ~2 KB runtime and not its ~7 KB message parser.
// (Lingui's own route for this is its CLI + macros; a 20-line load hook is all this app needs.)
import { readFileSync } from "node:fs";
import { compileMessage } from "@lingui/message-utils/compileMessage";
import type { Plugin } from "vite";

// src/i18n/catalogues/<lang>.json and a feature's src/i18n/catalogues/<feature>/<lang>.json.
const CATALOGUE_FILE = /[\\/]src[\\/]i18n[\\/]catalogues[\\/](?:[a-z-]+[\\/])?[a-z]{2}\.json$/;

export function compileCatalogues(): Plugin {
  return {
    name: "campus-westum:compile-catalogues",
    enforce: "pre",
    load(id) {
      const file = id.split("?")[0] ?? id;
      if (!CATALOGUE_FILE.test(file)) return null;
      const messages = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
      const compiled = Object.fromEntries(
        Object.entries(messages).map(([messageId, message]) => [messageId, compileMessage(message)]),
      );
      this.addWatchFile(file);
      return { code: `export default ${JSON.stringify(compiled)};`, moduleType: "js" };
    },
  };
}
