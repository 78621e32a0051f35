// `npm start` as a user meets it, with dependencies installed:
// - seconds from `npm start` to a directory that answers (a member search through the tabs'
//   server and its /api proxy returns results, and /directory answers): a first start (empty
//   data folder: the tabs are built, Azurite starts, the sample data is seeded) and a second
//   start that reuses the data and the build;
// - how long the directory tab takes to show its heading in headless Chromium: a first visit
//   (empty browser cache) and a reopen (the same browser profile, as when a user opens the tab
//   again), under `npm start` (the production build) and, as the baseline of the same run,
//   under `npm run dev` (Vite's dev server);
// - whether Ctrl-C (SIGINT) stops everything (every port free again).
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, isPortFree } from "../scripts/lib/processes.mjs";
import { launchChromium } from "../test/support/browser.js";
import { round } from "./stats.js";

interface TabTimes {
  firstVisitSeconds: number;
  reopenSeconds: number;
}

interface StartResult {
  seconds: number;
  tab: TabTimes;
  stoppedCleanly: boolean;
}

export interface StartupResult {
  firstStartSeconds: number;
  secondStartSeconds: number;
  stoppedCleanly: boolean;
  /** The directory tab under `npm start` (second start: the build is reused). */
  tab: TabTimes;
  /** The same under `npm run dev`, the dev server with hot reload. */
  devServerTab: TabTimes;
  /** The machine's 1-minute load average at the end (it is shared: absolute times move with it). */
  loadAverage: number;
}

async function answers(tabs: string): Promise<boolean> {
  const token = await fetch(`${tabs}/api/dev/token`, { method: "POST", body: JSON.stringify({ userId: "teacher" }) });
  if (!token.ok) return false;
  const { accessToken } = (await token.json()) as { accessToken: string };
  const search = await fetch(`${tabs}/api/members?q=falkoping`, { headers: { Authorization: `Bearer ${accessToken}` } });
  const page = await fetch(`${tabs}/directory`);
  return search.ok && ((await search.json()) as { total: number }).total > 0 && page.ok;
}

/** Seconds until the directory's heading shows: once in a fresh profile, then reopened in it. */
async function timeTab(tabs: string): Promise<TabTimes> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "sv-SE" });
    const open = async () => {
      const page = await context.newPage();
      const started = performance.now();
      await page.goto(`${tabs}/directory`, { waitUntil: "commit", timeout: 120_000 });
      await page.getByRole("heading", { level: 1 }).first().waitFor({ state: "visible", timeout: 120_000 });
      const seconds = (performance.now() - started) / 1000;
      await page.close();
      return seconds;
    };
    const firstVisitSeconds = await open();
    const reopenSeconds = await open();
    return { firstVisitSeconds: round(firstVisitSeconds, 2), reopenSeconds: round(reopenSeconds, 2) };
  } finally {
    await browser.close();
  }
}

async function startOnce(dataDir: string, args: string[] = []): Promise<StartResult> {
  const ports = { AZURITE_BLOB_PORT: await freePort(), AZURITE_QUEUE_PORT: await freePort(), AZURITE_TABLE_PORT: await freePort(), API_PORT: await freePort(), TABS_PORT: await freePort(), PLAYGROUND_PORT: await freePort() };
  const env = { ...process.env, CAMPUS_DATA_DIR: dataDir, ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])) };
  const started = performance.now();
  const child = spawn(process.execPath, ["scripts/start.mjs", ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const tabs = `http://127.0.0.1:${ports.TABS_PORT}`;
  const deadline = Date.now() + 180_000;
  let seconds: number | undefined;
  while (Date.now() < deadline && child.exitCode === null) {
    if (await answers(tabs).catch(() => false)) {
      seconds = (performance.now() - started) / 1000;
      break;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  try {
    if (seconds === undefined) throw new Error(`npm start did not answer:\n${output.slice(-3000)}`);
    const tab = await timeTab(tabs);
    return { seconds, tab, stoppedCleanly: await stop(child, ports) };
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
}

/** Ctrl-C, then: is every port free again? */
async function stop(child: ReturnType<typeof spawn>, ports: Record<string, number>): Promise<boolean> {
  child.kill("SIGINT");
  await new Promise((resolve) => child.once("exit", resolve));
  const freed = await Promise.all(Object.values(ports).map((p) => isPortFree(p)));
  return freed.every(Boolean);
}

export async function benchStartup(): Promise<StartupResult> {
  const dataDir = mkdtempSync(join(tmpdir(), "campus-start-"));
  try {
    const first = await startOnce(dataDir);
    const second = await startOnce(dataDir);
    const dev = await startOnce(dataDir, ["--dev"]);
    return {
      firstStartSeconds: round(first.seconds, 1),
      secondStartSeconds: round(second.seconds, 1),
      stoppedCleanly: first.stoppedCleanly && second.stoppedCleanly && dev.stoppedCleanly,
      tab: second.tab,
      devServerTab: dev.tab,
      loadAverage: round(loadavg()[0]!, 1),
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
