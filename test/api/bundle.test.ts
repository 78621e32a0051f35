// The bundle is what Azure runs (scripts/build-api.mjs: esbuild, code splitting, and a plugin that
// makes every lazily imported module share the start's chunk). The other tests run the sources, so
// this one builds the bundle into a folder of its own and serves it (its dev/serveBundle entry, the
// routes and lazy loading of the Functions entry) in a production-like configuration: a probe, a
// route that builds the services on first use, and the bot's endpoint, each from its own chunks.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { freePort } from "../../scripts/lib/processes.mjs";
import { UNSERVED_SHAREPOINT } from "../support/productionSettings.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const outdir = mkdtempSync(join(tmpdir(), "cw-api-bundle-"));
let server: ChildProcess | undefined;
let url = "";
let output = "";

beforeAll(async () => {
  const built = spawnSync(process.execPath, ["scripts/build-api.mjs", outdir], { cwd: root, encoding: "utf8" });
  expect(built.status, `${built.stdout}\n${built.stderr}`).toBe(0);
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, [join(outdir, "dev", "serveBundle.js")], {
    // Outside the repository, as a deployment is: the bundle must need nothing from node_modules.
    cwd: outdir,
    env: {
      PATH: process.env.PATH,
      API_PORT: String(port),
      STORAGE_CONNECTION_STRING: inject("storage"),
      TABLE_PREFIX: `bundle${process.pid}`,
      AAD_TENANT_IDS: "00000000-0000-4000-8000-00000000c01d",
      AAD_APP_CLIENT_ID: "00000000-0000-4000-8000-0000000a991d",
      BOT_ID: "00000000-0000-4000-8000-00000000b071",
      BOT_TENANT_ID: "00000000-0000-4000-8000-00000000c01d",
      BOT_PASSWORD: "bundle-test-placeholder",
      CALENDAR_LINK_KEY: "bundle-test-calendar-link-key-placeholder-0123456789",
      GRAPH_TENANT_ID: "00000000-0000-4000-8000-00000000c01d",
      GRAPH_CLIENT_ID: "00000000-0000-4000-8000-0000000a9a9f",
      GRAPH_CLIENT_SECRET: "bundle-test-placeholder",
      ...UNSERVED_SHAREPOINT,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout!.on("data", (d) => (output += d));
  server.stderr!.on("data", (d) => (output += d));
  for (const started = Date.now(); Date.now() - started < 60_000; await new Promise((r) => setTimeout(r, 50))) {
    if (server.exitCode !== null) throw new Error(`the bundle exited (${server.exitCode}):\n${output}`);
    if (await fetch(`${url}/api/health`).then(() => true, () => false)) return;
  }
  throw new Error(`the bundle did not answer within a minute:\n${output}`);
}, 180_000);

afterAll(() => {
  server?.kill("SIGKILL");
  rmSync(outdir, { recursive: true, force: true });
});

it("answers health with the storage checked", async () => {
  const response = await fetch(`${url}/api/health`);
  expect(response.status).toBe(200);
  expect(await response.json()).toMatchObject({ checks: { storage: "ok" } });
});

it("builds the services on the first request that needs them, and answers with the route's problem", async () => {
  const response = await fetch(`${url}/api/calendar/feeds/${"x".repeat(43)}/calendar.ics`, { headers: { "Accept-Language": "sv" } });
  expect(response.status).toBe(404);
  expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  expect(await response.json()).toMatchObject({ title: "Kalenderadressen finns inte" });
});

it("loads the bot's endpoint, which refuses an activity without a Bot Framework token", async () => {
  const response = await fetch(`${url}/api/messages`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      type: "message",
      text: "hej",
      channelId: "msteams",
      serviceUrl: "https://smba.trafficmanager.net/emea/",
      id: "act-1",
      from: { id: "29:user-1", name: "Lisa Lärare", aadObjectId: "oid-1" },
      recipient: { id: "28:00000000-0000-4000-8000-00000000b071", name: "Campus Westum" },
      conversation: { id: "a:bundle-1", conversationType: "personal", tenantId: "00000000-0000-4000-8000-00000000c01d" },
    }),
  });
  expect(response.status).toBe(401);
});

it("refuses a request without a token on a route that wants one", async () => {
  const response = await fetch(`${url}/api/members`);
  expect(response.status).toBe(401);
  expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
});
