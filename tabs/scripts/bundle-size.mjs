// Measures what a route's first load costs: the entry chunk, the route's lazily loaded page chunk,
// and everything both import statically. Not counted: chunks loaded later on demand (member
// detail drawer, course drawer, coordinator views, English catalogue, dark themes, the local-mode
// header) and teams-js, which only loads inside Teams; those are listed apart. Sizes are gzip
// level 9, in bytes and KiB. The catalogue's budget is its extra first-load JS over the directory
// route (files the directory route does not load): <= 40 KB.
//
//   npm run build -w tabs && node tabs/scripts/bundle-size.mjs [--baseline] [--json]
//
// --baseline also builds a bare Fluent UI page (FluentProvider + Input + Table) with the same Vite
// and reports the directory route's ratio to it (the budget: <= 130 KB and <= 1.3x the baseline).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const tabs = fileURLToPath(new URL("../", import.meta.url));
const dist = `${tabs}dist/`;
const manifest = JSON.parse(readFileSync(`${dist}.vite/manifest.json`, "utf8"));

// Each route's page, and for the catalogue its Swedish messages, which load together with it.
const ROUTE_PAGES = {
  directory: ["src/directory/DirectoryPage.tsx"],
  "config/directory": ["src/config/ChannelTabConfigPage.tsx"],
  catalogue: ["src/catalogue/CataloguePage.tsx", "src/i18n/catalogues/catalogue/sv.json"],
};
const LAZY = {
  teamsJs: "src/teams/teamsBridge.ts",
  memberDetail: "src/directory/MemberDetail.tsx",
  courseDetail: "src/catalogue/CourseDetail.tsx",
  catalogueConfig: "src/config/CatalogueConfigPage.tsx",
  manageCourses: "src/catalogue/coordinator/ManageCourses.tsx",
  participationReport: "src/catalogue/coordinator/ParticipationReportView.tsx",
  reportCharts: "src/catalogue/coordinator/ReportCharts.tsx",
  englishCatalogue: "src/i18n/catalogues/en.json",
  darkThemes: "src/teams/darkThemes.ts",
  localModeHeader: "src/shell/LocalModeSwitches.tsx",
};

const gzipBytes = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
const kib = (bytes) => Number((bytes / 1024).toFixed(1));

/** A manifest entry and its static imports, transitively. */
function staticClosure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) staticClosure(imported, seen);
  return seen;
}

function measure(keys) {
  const files = [...new Set(keys.flatMap((key) => [...staticClosure(key)]).map((key) => manifest[key].file))];
  const bytes = files.reduce((sum, file) => sum + gzipBytes(dist + file), 0);
  return { files, bytes, kib: kib(bytes) };
}

async function buildBaseline() {
  const root = `${tabs}node_modules/.cache/bundle-baseline/`;
  mkdirSync(`${root}src`, { recursive: true });
  writeFileSync(`${root}index.html`, '<!doctype html><html><body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body></html>');
  writeFileSync(
    `${root}src/main.tsx`,
    `import { createRoot } from "react-dom/client";
import { FluentProvider, teamsLightTheme, Input, Table, TableHeader, TableRow, TableHeaderCell, TableBody, TableCell } from "@fluentui/react-components";
createRoot(document.getElementById("root")!).render(
  <FluentProvider theme={teamsLightTheme}>
    <Input aria-label="q" />
    <Table><TableHeader><TableRow><TableHeaderCell>A</TableHeaderCell></TableRow></TableHeader>
    <TableBody><TableRow><TableCell>1</TableCell></TableRow></TableBody></Table>
  </FluentProvider>);
`,
  );
  const { build } = await import("vite");
  await build({
    root,
    configFile: false,
    logLevel: "silent",
    esbuild: undefined,
    oxc: { jsx: { runtime: "automatic" } },
    build: {
      outDir: `${root}dist`,
      emptyOutDir: true,
      rolldownOptions: { onwarn: (warning, warn) => warning.code !== "MODULE_LEVEL_DIRECTIVE" && warn(warning) },
    },
  });
  const assets = `${root}dist/assets/`;
  const bytes = readdirSync(assets).filter((f) => f.endsWith(".js")).reduce((sum, f) => sum + gzipBytes(assets + f), 0);
  return { bytes, kib: kib(bytes) };
}

const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
const routes = Object.fromEntries(Object.entries(ROUTE_PAGES).map(([route, pages]) => [route, measure([entry, ...pages])]));
const directoryFiles = new Set(routes.directory.files);
const catalogueExtraFiles = routes.catalogue.files.filter((file) => !directoryFiles.has(file));
const catalogueExtraBytes = catalogueExtraFiles.reduce((sum, file) => sum + gzipBytes(dist + file), 0);
const report = {
  routes,
  catalogueOverDirectory: { files: catalogueExtraFiles, bytes: catalogueExtraBytes, kib: kib(catalogueExtraBytes), budgetKB: 40, within: catalogueExtraBytes <= 40_000 },
  lazy: Object.fromEntries(
    Object.entries(LAZY)
      .filter(([, src]) => manifest[src])
      .map(([name, src]) => [name, { file: manifest[src].file, kib: kib(gzipBytes(dist + manifest[src].file)) }]),
  ),
};
if (process.argv.includes("--baseline")) {
  const baseline = await buildBaseline();
  report.baseline = { ...baseline, directoryRatio: Number((report.routes.directory.bytes / baseline.bytes).toFixed(3)) };
}

if (process.argv.includes("--json")) {
  console.log(JSON.stringify(report, null, 2));
} else {
  for (const [route, { files, bytes }] of Object.entries(report.routes)) {
    console.log(`/${route}: ${bytes} bytes (${kib(bytes)} KiB) gzip initial JS in ${files.length} files`);
    for (const file of files) console.log(`    ${file}  ${gzipBytes(dist + file)} bytes`);
  }
  const extra = report.catalogueOverDirectory;
  console.log(`/catalogue extra over /directory: ${extra.bytes} bytes (${extra.kib} KiB) in ${extra.files.length} files; budget 40 KB: ${extra.within ? "within" : "OVER"}`);
  for (const [name, { file, kib: size }] of Object.entries(report.lazy)) console.log(`lazy ${name}: ${size} KiB  ${file}`);
  if (report.baseline) {
    console.log(`baseline (FluentProvider + Input + Table): ${report.baseline.bytes} bytes (${report.baseline.kib} KiB)`);
    console.log(`directory / baseline: ${report.baseline.directoryRatio}`);
  }
}
