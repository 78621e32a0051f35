/**
 * Serves the Teams host stand-in (host.html + host.ts bundled on the fly with esbuild) and a token proxy.
 *
 *   const host = await startTeamsHost({ tokenUrl: "http://127.0.0.1:7071/api/dev/token" });
 *   await page.goto(host.pageUrl({ tab: "http://127.0.0.1:5173/directory.html", locale: "sv-se" }));
 *   await page.evaluate(() => window.teamsHost.initialized);
 *
 * The tab must accept the host's origin: pass `host.origin` (e.g. "http://127.0.0.1:53100", exact, with port,
 * no trailing slash) to app.initialize([...]). Use a fixed `port` when the tab's build bakes that list in.
 */
import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = fileURLToPath(new URL(".", import.meta.url));

export interface TeamsHostOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default token endpoint for authentication.getAuthToken; the page's `tokenUrl` query param overrides it. */
  tokenUrl?: string;
}

export interface TeamsHost {
  /** e.g. http://127.0.0.1:53100/ (the host page; add query params or use pageUrl) */
  url: string;
  /** e.g. http://127.0.0.1:53100: what the tab passes to app.initialize(validMessageOrigins) */
  origin: string;
  /** The host page URL for a scenario: tab (required), frameContext, theme, locale, user, ... (see host.ts Scenario). */
  pageUrl(params: Record<string, string | number | undefined>): string;
  close(): Promise<void>;
}

let hostJs: Promise<string> | undefined;
function bundleHost(): Promise<string> {
  hostJs ??= build({
    entryPoints: [`${here}host.ts`],
    bundle: true,
    write: false,
    format: "esm",
    target: "es2022",
    sourcemap: "inline",
    logLevel: "silent",
  }).then((r) => r.outputFiles[0]!.text);
  return hostJs;
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** POST {tokenUrl?, userId} -> forwards {"userId"} to the token endpoint (local only) and relays its answer. */
async function proxyToken(req: IncomingMessage, res: ServerResponse, defaultTokenUrl: string | undefined) {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const { tokenUrl = defaultTokenUrl, userId } = JSON.parse(Buffer.concat(chunks).toString() || "{}") as {
    tokenUrl?: string;
    userId?: string;
  };
  const send = (status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  };
  if (!tokenUrl) return send(501, { error: "no tokenUrl configured for the Teams host stand-in" });
  const target = new URL(tokenUrl);
  if (!LOOPBACK.has(target.hostname)) return send(400, { error: `tokenUrl must be a loopback URL, got ${target.host}` });
  try {
    const r = await fetch(target, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ userId }),
    });
    res.writeHead(r.status, { "content-type": r.headers.get("content-type") ?? "application/json" }).end(await r.text());
  } catch (e) {
    send(502, { error: `token endpoint unreachable: ${String(e)}` });
  }
}

export async function startTeamsHost(options: TeamsHostOptions = {}): Promise<TeamsHost> {
  const [html] = await Promise.all([readFile(`${here}host.html`, "utf8"), bundleHost()]);
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const handle = async () => {
      if (req.method === "GET" && (path === "/" || path === "/host.html")) {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" }).end(html);
      } else if (req.method === "GET" && path === "/__teams-host/host.js") {
        res.writeHead(200, { "content-type": "text/javascript; charset=utf-8" }).end(await bundleHost());
      } else if (req.method === "POST" && path === "/__teams-host/token") {
        await proxyToken(req, res, options.tokenUrl);
      } else {
        res.writeHead(404).end();
      }
    };
    handle().catch((e: unknown) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
      res.end(String(e));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", resolve);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/`,
    origin,
    pageUrl(params) {
      const q = new URLSearchParams();
      for (const [k, v] of Object.entries(params)) if (v !== undefined) q.set(k, String(v));
      return `${origin}/?${q}`;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
