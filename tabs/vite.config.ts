import { fileURLToPath } from "node:url";
import { defineConfig, type ProxyOptions } from "vite";
import { compileCatalogues } from "./vite/compileCatalogues.js";

// The API is same-origin under /api in production; in dev and preview Vite forwards /api to it.
const apiProxy: Record<string, ProxyOptions> = {
  "/api": { target: process.env.API_URL ?? "http://127.0.0.1:7071", changeOrigin: true },
};
const port = Number(process.env.TABS_PORT ?? 5173);

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  plugins: [compileCatalogues()],
  server: { host: "127.0.0.1", port, strictPort: true, proxy: apiProxy },
  preview: { host: "127.0.0.1", port, strictPort: true, proxy: apiProxy },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // The manifest lets scripts/bundle-size.mjs find exactly what each route loads.
    manifest: true,
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
