// What each tab route's first load costs, gzip: the entry chunk, the route's page chunk and
// everything both import statically, transitively (from Vite's build manifest). The directory
// route is compared with a bare Fluent UI v9 page (FluentProvider + Input + Table,
// bench/bare-fluent) built by the same Vite in the same run; the catalogue with the directory
// (its budget is what it adds). teams-js loads only inside Teams, and chunks loaded later on
// demand (drawers, coordinator views, English messages, dark themes) are listed apart.
// `npm run bench -- bundle`; `npm run size -w tabs` runs the same.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { round } from "./stats.js";

type Manifest = Record<string, { file: string; imports?: string[]; isEntry?: boolean }>;

const root = fileURLToPath(new URL("..", import.meta.url));

/** Each route's page, and for the catalogue and the configuration page their Swedish messages, which load together with it. */
const ROUTE_PAGES = {
  directory: ["src/directory/DirectoryPage.tsx"],
  catalogue: ["src/catalogue/CataloguePage.tsx", "src/i18n/catalogues/catalogue/sv.json"],
  channelTabConfig: ["src/config/ChannelTabConfigPage.tsx", "src/i18n/catalogues/config/sv.json"],
};

/** Loaded on demand, each counted without what the route that opens it has loaded already. */
const ON_DEMAND: Record<string, { src: string; from: keyof typeof ROUTE_PAGES }> = {
  teamsJs: { src: "src/teams/teamsBridge.ts", from: "directory" },
  memberDetail: { src: "src/directory/MemberDetail.tsx", from: "directory" },
  courseDetail: { src: "src/catalogue/CourseDetail.tsx", from: "catalogue" },
  manageCourses: { src: "src/catalogue/coordinator/ManageCourses.tsx", from: "catalogue" },
  courseForm: { src: "src/catalogue/coordinator/CourseForm.tsx", from: "catalogue" },
  participationReport: { src: "src/catalogue/coordinator/ParticipationReportView.tsx", from: "catalogue" },
  fika: { src: "src/fika/FikaView.tsx", from: "catalogue" },
  englishMessages: { src: "src/i18n/catalogues/en.json", from: "directory" },
  darkThemes: { src: "src/teams/darkThemes.ts", from: "directory" },
};

function viteBuild(projectDir: string, outDir: string): Manifest {
  const result = spawnSync(join(root, "node_modules/.bin/vite"), ["build", "--outDir", outDir, "--emptyOutDir", "--logLevel", "warn"], {
    cwd: projectDir,
    encoding: "utf8",
    env: { ...process.env, VITE_TEAMS_HOST_ORIGINS: "" },
  });
  if (result.status !== 0) throw new Error(`vite build failed in ${projectDir}:\n${result.stderr}`);
  return JSON.parse(readFileSync(join(outDir, ".vite/manifest.json"), "utf8")) as Manifest;
}

function gzipKb(outDir: string, files: string[]): number {
  return round(files.reduce((sum, file) => sum + gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length, 0) / 1024, 1);
}

/** The files a set of manifest entries loads before running: themselves and their static imports. */
function initialFiles(manifest: Manifest, keys: string[]): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const imported of manifest[key]!.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return [...new Set([...seen].map((key) => manifest[key]!.file))];
}

const entryOf = (manifest: Manifest) => Object.keys(manifest).find((key) => manifest[key]!.isEntry)!;

export async function benchBundleSize() {
  const out = mkdtempSync(join(tmpdir(), "campus-bundle-"));
  try {
    const tabsOut = join(out, "tabs");
    const bareOut = join(out, "bare");
    const tabs = viteBuild(join(root, "tabs"), tabsOut);
    const bare = viteBuild(join(root, "bench/bare-fluent"), bareOut);

    const routeFiles = Object.fromEntries(Object.entries(ROUTE_PAGES).map(([route, pages]) => [route, initialFiles(tabs, [entryOf(tabs), ...pages])])) as Record<keyof typeof ROUTE_PAGES, string[]>;
    const beyond = (route: keyof typeof ROUTE_PAGES, files: string[]) => files.filter((f) => !routeFiles[route].includes(f));
    const directoryKb = gzipKb(tabsOut, routeFiles.directory);
    const bareKb = gzipKb(bareOut, initialFiles(bare, [entryOf(bare)]));
    const onDemandKb = Object.fromEntries(
      Object.entries(ON_DEMAND)
        .filter(([, { src }]) => tabs[src])
        .map(([name, { src, from }]) => [name, gzipKb(tabsOut, beyond(from, initialFiles(tabs, [src])))]),
    );
    const teamsJsKb = onDemandKb.teamsJs ?? 0;
    return {
      directoryRouteInitialKb: directoryKb,
      bareFluentPageKb: bareKb,
      ratioToBare: round(directoryKb / bareKb),
      insideTeams: { teamsJsKb, directoryRouteWithTeamsJsKb: round(directoryKb + teamsJsKb, 1), ratioToBare: round((directoryKb + teamsJsKb) / bareKb) },
      catalogueRouteInitialKb: gzipKb(tabsOut, routeFiles.catalogue),
      catalogueOverDirectoryKb: gzipKb(tabsOut, beyond("directory", routeFiles.catalogue)),
      channelTabConfigInitialKb: gzipKb(tabsOut, routeFiles.channelTabConfig),
      onDemandKb,
      goals: "directory route ≤ 130 KB gzip and ≤ 1.3× the bare page; the catalogue adds ≤ 40 KB",
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await benchBundleSize(), null, 2));
}
