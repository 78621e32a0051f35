// The directory route's initial JS (gzip) against a bare Fluent UI v9 page (FluentProvider +
// Input + Table) built by the same Vite in the same run. "Initial" is what a route loads before
// it renders: the entry chunk, the route's page chunk and everything both import statically,
// transitively (from Vite's build manifest); chunks loaded later on demand (member detail) are
// listed apart. teams-js is loaded only inside Teams, so the route is also given with it.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { round } from "./stats.js";

type Manifest = Record<string, { file: string; imports?: string[]; isEntry?: boolean }>;

const root = fileURLToPath(new URL("..", import.meta.url));

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

    const directoryFiles = initialFiles(tabs, [entryOf(tabs), "src/directory/DirectoryPage.tsx"]);
    const directoryKb = gzipKb(tabsOut, directoryFiles);
    const bareKb = gzipKb(bareOut, initialFiles(bare, [entryOf(bare)]));
    const teamsJsKb = gzipKb(tabsOut, initialFiles(tabs, ["src/teams/teamsBridge.ts"]).filter((f) => !directoryFiles.includes(f)));
    const lazy = (src: string) => gzipKb(tabsOut, initialFiles(tabs, [src]).filter((f) => !directoryFiles.includes(f)));
    return {
      directoryRouteInitialKb: directoryKb,
      bareFluentPageKb: bareKb,
      ratioToBare: round(directoryKb / bareKb),
      insideTeams: { teamsJsKb, directoryRouteWithTeamsJsKb: round(directoryKb + teamsJsKb, 1), ratioToBare: round((directoryKb + teamsJsKb) / bareKb) },
      lazyMemberDetailKb: lazy("src/directory/MemberDetail.tsx"),
      goal: "directory route ≤ 130 KB gzip and ≤ 1.3× the bare page",
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
