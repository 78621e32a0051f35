import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig, type ProxyOptions } from "vite";
import { tabSecurityHeaders } from "./securityHeaders.js";
import { compileCatalogues } from "./vite/compileCatalogues.js";
import { immutableAssets } from "./vite/immutableAssets.js";
import { staticWebAppConfig } from "./vite/staticWebAppConfig.js";
import { teamsJsWithoutDebugLogging } from "./vite/teamsJsWithoutDebugLogging.js";

// The API is same-origin under /api in production; in dev and preview Vite forwards /api to it.
const apiProxy: Record<string, ProxyOptions> = {
  "/api": { target: process.env.API_URL ?? "http://127.0.0.1:7071", changeOrigin: true },
};
const port = Number(process.env.TABS_PORT ?? 5173);
// Local debugging in Teams (`npm run dev:teams`): HTTPS with the development certificate that the
// Agents Toolkit's devTool/install made and trusted (teamsapp.local.yml), because Teams loads tab
// pages only over HTTPS.
const https =
  process.env.SSL_CRT_FILE && process.env.SSL_KEY_FILE ? { cert: readFileSync(process.env.SSL_CRT_FILE), key: readFileSync(process.env.SSL_KEY_FILE) } : undefined;
// The same headers as production (tabs/securityHeaders.ts); the Teams host stand-in may frame the tabs too.
const headerOptions = {
  extraFrameAncestors: (process.env.VITE_TEAMS_HOST_ORIGINS ?? "").split(",").map((o) => o.trim()).filter(Boolean),
  apiOrigin: process.env.VITE_API_BASE_URL ? new URL(process.env.VITE_API_BASE_URL).origin : undefined,
};

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  plugins: [compileCatalogues(), staticWebAppConfig(headerOptions), immutableAssets(tabSecurityHeaders(headerOptions)), teamsJsWithoutDebugLogging()],
  server: { host: "127.0.0.1", port, strictPort: true, https, proxy: apiProxy, headers: tabSecurityHeaders({ ...headerOptions, dev: true }) },
  preview: { host: "127.0.0.1", port, strictPort: true, https, proxy: apiProxy, headers: tabSecurityHeaders(headerOptions) },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // The manifest lets bench/bundleSize.ts find exactly what each route loads.
    manifest: true,
    // Every client Teams supports preloads modules itself (Chromium in Teams desktop, Android and
    // the supported browsers, Safari 17+ on iOS and macOS); where one does not, chunks still load,
    // only without the head start. The polyfill cost 0.3 KB gzip of the directory's first load.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Everything the entry needs before the first render goes into one chunk: one request and
        // one gzip stream instead of several small ones that each compress worse.
        codeSplitting: { groups: [{ name: "app", tags: ["$initial"] }] },
      },
      onwarn(warning, warn) {
        // Fluent UI ships "use client" directives in every module; meaningless in a SPA build.
        if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
        warn(warning);
      },
    },
  },
});
