// Writes staticwebapp.config.json into the build: Azure Static Web Apps reads it for the tabs'
// response headers (the same ones the dev server sends, from tabs/securityHeaders.ts) and for
// the single-page app's fallback (/directory and /catalogue are served index.html with a 200).
import type { Plugin } from "vite";
import { tabSecurityHeaders, type TabHeaderOptions } from "../securityHeaders.js";

export function staticWebAppConfig(options: TabHeaderOptions): Plugin {
  return {
    name: "campus-westum:staticwebapp-config",
    apply: "build",
    generateBundle() {
      const config = {
        globalHeaders: tabSecurityHeaders(options),
        navigationFallback: { rewrite: "/index.html", exclude: ["/assets/*", "*.{js,css,png,svg,ico,json,woff2}"] },
        mimeTypes: { ".json": "application/json" },
      };
      this.emitFile({ type: "asset", fileName: "staticwebapp.config.json", source: JSON.stringify(config, null, 2) + "\n" });
    },
  };
}
