// `npm run build -w api`: bundles the Functions app with esbuild into api/dist, so a cold start
// loads a few files instead of thousands of modules from node_modules. ESM (api/package.json has
// "type": "module"; its "main" is dist/functions/index.js, the entry the Functions Node worker
// loads). Everything is bundled except @azure/functions-core, which the worker provides at run
// time. Code splitting keeps dynamically imported code (the route handlers, imported on their
// first request, and the Application Insights SDK, loaded only when configured) out of the entry.
// A second entry, dev/serveBundle, serves the same routes over node:http for bench/coldStart.ts.
import { build } from "esbuild";
import { rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const api = fileURLToPath(new URL("../api/", import.meta.url));
// Into api/dist, or the folder given as the first argument (test/api/bundle.test.ts builds into a
// temporary one, so it never races a bench or `npm start` over api/dist).
const outdir = process.argv[2] ? resolve(process.argv[2]) : `${api}dist`;

// CommonJS dependencies call require() and read __dirname; an ESM bundle has neither of its own.
const banner = [
  'import { createRequire as __cwCreateRequire } from "node:module";',
  'import { fileURLToPath as __cwFileURLToPath } from "node:url";',
  'import { dirname as __cwDirname } from "node:path";',
  "const require = __cwCreateRequire(import.meta.url);",
  "const __filename = __cwFileURLToPath(import.meta.url);",
  "const __dirname = __cwDirname(__filename);",
].join("\n");

// zod's `z`, as the code imports it (`import { z } from "zod"`), is a namespace esbuild cannot
// tree-shake, so it would bring all of z.locales: some forty languages, about 260 KB minified,
// parsed on every cold start. The API speaks Swedish and English, so zod's locale index is given
// just those two (in the bundle z.locales has sv and en only).
const zodLocales = {
  name: "zod-locales-sv-en",
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, ({ importer }) => (/[\\/]zod[\\/]v4[\\/]/.test(importer) ? { path: "sv-en", namespace: "zod-locales" } : undefined));
    build.onLoad({ filter: /.*/, namespace: "zod-locales" }, () => ({
      contents: 'export { default as en } from "zod/v4/locales/en.js";\nexport { default as sv } from "zod/v4/locales/sv.js";\n',
      resolveDir: api,
    }));
  },
};

// A cold start loads its entry and every chunk the entry imports statically. esbuild gives each
// set of importers its own chunk, and the modules of the start (configuration, HTTP glue, the
// route table and what they import; the composition root is imported by the first request that
// needs the services, so a probe does not load it) are shared with different sets of the lazily imported
// handlers, so the first health answer read 35 files, and the ESM loader's work per file (resolve,
// read, link) cost about 30 ms here (docs/cold-start.md). Every lazily imported module of the app
// is therefore made to import the start's modules first: a lazy module is only ever imported by a
// running entry, so they are loaded already and nothing runs twice, and they now share one set
// of importers, so esbuild puts them in one chunk. The health probe's checks are among them (with the
// Tables and Queue SDKs they use, which nearly every lazy module needs anyway), and so are the bot
// workspace's lazily imported modules: otherwise the libraries the probe shares with them are split
// again by importer set, and the first health answer read 17 files instead of 10 (CPU to the first
// answer 350 -> 330 ms, alternating, docs/cold-start.md).
const START_MODULES = ["config.ts", "logger.ts", "http/route.ts", "routes.ts", "handlers/healthChecks.ts"].map((file) => join(api, "src", file));
const BOT_SOURCE = /[\\/]bot[\\/]src[\\/]/;
const oneStartChunk = {
  name: "one-start-chunk",
  setup(build) {
    const lazy = new Set();
    build.onResolve({ filter: /.*/ }, async (args) => {
      if (args.kind !== "dynamic-import" || args.pluginData?.resolving) return undefined;
      const resolved = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: { resolving: true } });
      if (resolved.path.startsWith(join(api, "src") + sep) || BOT_SOURCE.test(resolved.path)) lazy.add(resolved.path);
      return resolved;
    });
    build.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
      if (!lazy.has(path)) return undefined;
      // At the end, so the source map's lines stay the file's (ESM hoists imports anyway).
      const imports = START_MODULES.map((file) => `import ${JSON.stringify(file)};`).join("");
      return { contents: `${await readFile(path, "utf8")}\n${imports}\n`, loader: "ts" };
    });
  },
};

rmSync(outdir, { recursive: true, force: true });
const result = await build({
  absWorkingDir: api,
  entryPoints: { "functions/index": "src/functions/index.ts", "dev/serveBundle": "src/dev/serveBundle.ts" },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node22",
  external: ["@azure/functions-core"],
  chunkNames: "chunks/[name]-[hash]",
  banner: { js: banner },
  minify: true,
  keepNames: true,
  sourcemap: "linked",
  legalComments: "linked",
  metafile: true,
  plugins: [zodLocales, oneStartChunk],
  logLevel: "warning",
});

writeFileSync(`${outdir}/meta.json`, JSON.stringify(result.metafile));
const outputs = Object.entries(result.metafile.outputs).filter(([file]) => file.endsWith(".js"));
const kb = (bytes) => `${Math.round(bytes / 1024)} KB`;
for (const [file, { bytes }] of outputs.filter(([file]) => !file.includes("/chunks/"))) console.log(`${file.replace(/^.*?dist\//, "api/dist/")} ${kb(bytes)}`);
console.log(`+ ${outputs.filter(([file]) => file.includes("/chunks/")).length} chunks, ${kb(outputs.reduce((sum, [, { bytes }]) => sum + bytes, 0))} in all`);
