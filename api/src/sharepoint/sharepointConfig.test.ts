import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../config.js";
import { backoffMs, retryAfterMs } from "./behaviors/retry.js";
import { decoratedUserAgent } from "./behaviors/userAgent.js";
import { resourceUnitsOf } from "./behaviors/meter.js";

const full = {
  GRAPH_TENANT_ID: "11111111-2222-3333-4444-555555555555",
  GRAPH_CLIENT_ID: "66666666-7777-8888-9999-000000000000",
  GRAPH_CLIENT_SECRET: "s3cret",
  SHAREPOINT_SITE: "https://westum.sharepoint.com/sites/campus",
};

describe("SharePoint settings", () => {
  it("none set: local mode, the local store is the truth", () => {
    expect(loadConfig({}).sharepoint).toBeUndefined();
  });

  it("all set: SharePoint through msal with the secret", () => {
    expect(loadConfig(full).sharepoint).toEqual({
      site: full.SHAREPOINT_SITE,
      graphBaseUrl: "https://graph.microsoft.com",
      syncIntervalMinutes: 5,
      writeMaxAttempts: 20,
      auth: { kind: "msal", tenantId: full.GRAPH_TENANT_ID, clientId: full.GRAPH_CLIENT_ID, credential: { kind: "secret", secret: "s3cret" } },
    });
  });

  it("partly set: stops and names what is missing", () => {
    const { GRAPH_CLIENT_SECRET: _s, SHAREPOINT_SITE: _site, ...partial } = full;
    expect(() => loadConfig(partial)).toThrow(ConfigError);
    expect(() => loadConfig(partial)).toThrow(/GRAPH_CLIENT_SECRET or GRAPH_CERTIFICATE_PATH or GRAPH_CERTIFICATE_PEM, SHAREPOINT_SITE/);
    expect(() => loadConfig({ ...full, GRAPH_CERTIFICATE_PATH: "/x.pem" })).toThrow(/one Graph credential/);
  });

  it("production (Entra settings) refuses to start without SharePoint, naming every setting it needs", () => {
    const production = { AAD_TENANT_IDS: "3b9c5d2e-0000-4000-8000-00000000aaaa", AAD_APP_CLIENT_ID: "3b9c5d2e-0000-4000-8000-0000000c11e7", BOT_ENABLED: "false", CALENDAR_LINK_KEY: "k".repeat(32) };
    expect(() => loadConfig(production)).toThrow(ConfigError);
    expect(() => loadConfig(production)).toThrow(
      "SharePoint is required outside local mode (its lists are the source of truth; without them the directory stays empty): set GRAPH_TENANT_ID, GRAPH_CLIENT_ID, GRAPH_CLIENT_SECRET or GRAPH_CERTIFICATE_PATH or GRAPH_CERTIFICATE_PEM, and SHAREPOINT_SITE (docs/setup.md).",
    );
    const { SHAREPOINT_SITE: _site, ...withoutSite } = full;
    expect(() => loadConfig({ ...production, ...withoutSite })).toThrow(/set SHAREPOINT_SITE as well/);
    expect(loadConfig({ ...production, ...full })).toMatchObject({ mode: "production", sharepoint: { site: full.SHAREPOINT_SITE } });
  });

  it("bounds a write-back's attempts before it is dead-lettered", () => {
    expect(loadConfig({ ...full, SHAREPOINT_WRITE_MAX_ATTEMPTS: "3" }).sharepoint?.writeMaxAttempts).toBe(3);
    expect(() => loadConfig({ ...full, SHAREPOINT_WRITE_MAX_ATTEMPTS: "0" })).toThrow(/SHAREPOINT_WRITE_MAX_ATTEMPTS/);
  });

  it("a static token only for a loopback stand-in", () => {
    expect(() => loadConfig({ GRAPH_ACCESS_TOKEN: "t", SHAREPOINT_SITE: "site" })).toThrow(/stand-in only/);
    expect(loadConfig({ GRAPH_ACCESS_TOKEN: "t", SHAREPOINT_SITE: "site", GRAPH_BASE_URL: "http://127.0.0.1:4000" }).sharepoint?.auth).toEqual({ kind: "static", token: "t" });
  });
});

describe("Graph behaviors", () => {
  it("decorates traffic as NONISV|Company|App/Version in ASCII", () => {
    expect(decoratedUserAgent("Nätverk Westum", "CampusWestum", "0.1.0")).toBe("NONISV|Natverk Westum|CampusWestum/0.1.0");
  });

  it("reads Retry-After as seconds or a date, and bounds the backoff", () => {
    expect(retryAfterMs("7")).toBe(7000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(retryAfterMs("soon")).toBeUndefined();
    const options = { baseDelayMs: 500, maxDelayMs: 4000, random: () => 0.999 };
    expect([1, 2, 3, 4, 10].map((a) => backoffMs(a, options))).toEqual([499, 999, 1998, 3996, 3996]);
  });

  it("costs requests by Microsoft's table", () => {
    expect(resourceUnitsOf("GET", "/sites/s/lists/l/items/delta?token=abc")).toBe(1);
    expect(resourceUnitsOf("GET", "/sites/s/lists/l/items/delta?expand=fields")).toBe(2);
    expect(resourceUnitsOf("GET", "/sites/s/lists/l/items/7")).toBe(1);
    expect(resourceUnitsOf("GET", "/sites/s/lists/l/items?$top=5")).toBe(2);
    expect(resourceUnitsOf("PATCH", "/sites/s/lists/l/items/7/fields")).toBe(2);
  });
});
