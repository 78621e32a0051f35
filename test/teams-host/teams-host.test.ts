/**
 * Proves the Teams host stand-in against the real @microsoft/teams-js: a fixture tab (fixture/tab.ts,
 * bundled with esbuild) runs in the host page in headless Chromium, cross-origin like in Teams.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chromium, type BrowserContext, type Frame, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {} from "./fixture/tab.js"; // window.fixture
import type {} from "./host.js"; // window.teamsHost
import { startTeamsHost, type TeamsHost } from "./server.js";

const here = fileURLToPath(new URL(".", import.meta.url));

let host: TeamsHost;
let fixtureServer: Server;
let fixtureOrigin: string;
let tokenServer: Server;
let tokenUrl: string;
const tokenRequests: unknown[] = [];
let context: BrowserContext;
let userDataDir: string;
const cdnRequests: string[] = [];

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  // The fixture tab: served from its own origin, as a tab is never on Teams' origin.
  const [html, bundle] = await Promise.all([
    readFile(join(here, "fixture/tab.html"), "utf8"),
    build({ entryPoints: [join(here, "fixture/tab.ts")], bundle: true, write: false, format: "esm", target: "es2022", logLevel: "silent" }),
  ]);
  const js = bundle.outputFiles[0]!.text;
  fixtureServer = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    if (path === "/tab.html") res.writeHead(200, { "content-type": "text/html" }).end(html);
    else if (path === "/tab.js") res.writeHead(200, { "content-type": "text/javascript" }).end(js);
    else res.writeHead(404).end();
  });
  fixtureOrigin = await listen(fixtureServer);

  // A stand-in for the API's local-mode token endpoint (POST {"userId"} -> {accessToken, expiresOn}).
  tokenServer = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      const { userId } = JSON.parse(body) as { userId: string };
      tokenRequests.push({ method: req.method, userId });
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ accessToken: `token-for-${userId}`, expiresOn: "2099-01-01T00:00:00Z" }));
    });
  });
  tokenUrl = `${await listen(tokenServer)}/api/dev/token`;

  host = await startTeamsHost();
  userDataDir = await mkdtemp(join(tmpdir(), "teams-host-chromium-"));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  // teams-js fetches its list of valid Microsoft origins from a CDN when it loads (validOrigins.ts); note it.
  context.on("request", (r) => {
    if (r.url().includes("res.cdn.office.net")) cdnRequests.push(r.url());
  });
}, 30_000);

afterAll(async () => {
  await context?.close();
  await host?.close();
  fixtureServer?.close();
  tokenServer?.close();
  if (userDataDir) await rm(userDataDir, { recursive: true, force: true });
});

const tabUrl = (withHostOrigin = true) => `${fixtureOrigin}/tab.html${withHostOrigin ? `?hostOrigin=${encodeURIComponent(host.origin)}` : ""}`;

async function openHost(params: Record<string, string | undefined>): Promise<{ page: Page; tab: () => Frame }> {
  const page = await context.newPage();
  await page.goto(host.pageUrl(params));
  return { page, tab: () => page.frame({ name: "tab" })! };
}

/** On failure, show the host's message log: the quickest way to see what the tab sent. */
async function withLog<T>(page: Page, f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    console.log(JSON.stringify(await page.evaluate(() => window.teamsHost.log), null, 1));
    throw e;
  }
}

describe("Teams host stand-in with the real teams-js", () => {
  it("runs a content tab: initialize, context, token, theme, links, chats, unsupported calls", async () => {
    const config = { entityId: "directory-norra", contentUrl: tabUrl(), suggestedDisplayName: "Katalog" };
    const { page, tab } = await openHost({
      tab: tabUrl(),
      frameContext: "content",
      theme: "dark",
      locale: "sv-se",
      user: "teacher-1",
      userObjectId: "11111111-1111-1111-1111-111111111111",
      userPrincipalName: "anna.larsson@westum.example",
      tenantId: "22222222-2222-2222-2222-222222222222",
      teamId: "19:team@thread.skype",
      channelId: "19:channel@thread.tacv2",
      tokenUrl,
      config: JSON.stringify(config),
    });
    await withLog(page, async () => {
      expect(await page.evaluate(() => window.teamsHost.initialized)).toEqual({ status: "success" });
      await tab().evaluate(() => window.fixture.done);
      const f = await tab().evaluate(() => ({ ...window.fixture, done: undefined }));
      expect(f.error).toBeUndefined();
      console.log(`app.initialize took ${Math.round(f.initMs ?? -1)} ms`);
      expect(f.context).toEqual({
        locale: "sv-se",
        theme: "dark",
        hostName: "Teams",
        clientType: "web",
        frameContext: "content",
        pageId: "directory-norra",
        userId: "11111111-1111-1111-1111-111111111111",
        userPrincipalName: "anna.larsson@westum.example",
        tenantId: "22222222-2222-2222-2222-222222222222",
        teamId: "19:team@thread.skype",
        channelId: "19:channel@thread.tacv2",
      });
      expect(f.config).toEqual(config);
      expect(f.token).toBe("ok: token-for-teacher-1");
      expect(tokenRequests).toContainEqual({ method: "POST", userId: "teacher-1" });
      expect(f.openLink).toBe("ok: undefined");
      expect(f.openChat).toBe("ok: undefined");
      // The unknown call is answered with teams-js's NOT_SUPPORTED_ON_PLATFORM error, not left hanging.
      // (sendCustomMessage's callback gets the reply's args plus isPartialResponse.)
      expect(f.unknownCall?.[0]).toEqual({ errorCode: 100, message: "fixture.noSuchThing is not supported by the Teams host stand-in" });
      // An undeclared capability fails inside teams-js without a round trip.
      expect(f.geoLocation).toBe('error: {"errorCode":100}');

      const h = await page.evaluate(() => ({
        links: window.teamsHost.openedLinks,
        chats: window.teamsHost.openedChats,
        unsupported: window.teamsHost.unsupported.map((u) => u.func),
        handlers: window.teamsHost.registeredHandlers,
        sdk: window.teamsHost.tabSdkVersion,
      }));
      expect(h.links).toEqual(["https://westum.example/members/42"]);
      expect(h.chats).toEqual([{ members: ["anna@westum.example"], message: "Hej!" }]);
      expect(h.unsupported).toEqual(["fixture.noSuchThing"]);
      expect(h.handlers).toContain("themeChange");
      expect(h.sdk).toBe("2.58.0");

      await page.evaluate(() => window.teamsHost.setTheme("contrast"));
      await tab().waitForFunction(() => window.fixture.themes.includes("contrast"));
    });
    await page.close();
  }, 15_000);

  it("runs the configuration flow: setConfig + notifySuccess, save(), then opens the saved tab", async () => {
    const { page, tab } = await openHost({ tab: tabUrl(), frameContext: "settings", locale: "en-us", teamId: "19:team@thread.skype", channelId: "19:c@thread.tacv2", tokenUrl, user: "coordinator-1" });
    await withLog(page, async () => {
      expect(await page.evaluate(() => window.teamsHost.initialized)).toEqual({ status: "success" });
      await tab().evaluate(() => window.fixture.done);
      expect(await tab().evaluate(() => window.fixture.context?.frameContext)).toBe("settings");
      expect(await page.evaluate(() => window.teamsHost.validityState)).toBe(true);
      expect(await page.locator("#save").isEnabled()).toBe(true);

      const saved = await page.evaluate(() => window.teamsHost.save());
      expect(saved.ok).toBe(true);
      expect(saved.config).toMatchObject({ entityId: "directory-sodra", suggestedDisplayName: "Katalog Södra" });
      expect(saved.config?.contentUrl).toBe(`${fixtureOrigin}/tab.html?hostOrigin=${encodeURIComponent(host.origin)}&entity={entityId}`);

      // Teams then opens the configured tab: contentUrl (placeholders filled) in frameContext=content.
      await page.evaluate(() => window.teamsHost.openSavedTab());
      expect(await page.evaluate(() => window.teamsHost.initialized)).toEqual({ status: "success" });
      await tab().evaluate(() => window.fixture.done);
      expect(tab().url()).toContain("entity=directory-sodra");
      const f = await tab().evaluate(() => ({ context: window.fixture.context, config: window.fixture.config }));
      expect(f.context).toMatchObject({ frameContext: "content", pageId: "directory-sodra" });
      expect(f.config).toEqual(saved.config);
    });
    await page.close();
  }, 15_000);

  it("is ignored by a tab that does not list the host's origin in app.initialize", async () => {
    const { page, tab } = await openHost({ tab: tabUrl(false) });
    // teams-js drops the host's reply (http origin not in its list): app.initialize stays pending.
    await page.waitForFunction(() => window.teamsHost.initStatus === "initializing");
    await page.waitForTimeout(2_000); // longer than teams-js's 1.5 s CDN fetch timeout
    expect(await tab().evaluate(() => window.fixture.initMs)).toBeUndefined();
    const notes = await page.evaluate(() => window.teamsHost.log.filter((e) => e.dir === "note").map((e) => String(e.data)));
    expect(notes.some((n) => n.includes("app.initialize(validMessageOrigins)"))).toBe(true);
    console.log(`teams-js CDN requests seen: ${cdnRequests.length} (${[...new Set(cdnRequests)].join(", ")})`);
    await page.close();
  }, 10_000);
});
