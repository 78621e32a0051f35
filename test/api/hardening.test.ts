// The API's edge: CORS only for the configured origins, a body size limit and JSON-only bodies,
// a per-person write rate limit, and security headers on every answer (problems included).
import functions from "@azure/functions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ProblemDetails } from "../../api/src/contract/index.js";
import { MAX_BODY_BYTES } from "../../api/src/http/body.js";
import { routeHostOf, toHttpHandler } from "../../api/src/http/route.js";
import { apiRoutes } from "../../api/src/routes.js";
import { startApiHarness, type ApiHarness } from "../support/apiHarness.js";
import { UNSERVED_SHAREPOINT } from "../support/productionSettings.js";

const { HttpRequest, InvocationContext } = functions;
const TABS = "https://tabs.westum.example.org";
const COURSE = "/api/courses/digital-fika-1234";

let api: ApiHarness;
/** The same API with a low write limit. */
let slow: ApiHarness;
beforeAll(async () => {
  api = await startApiHarness({ env: { ALLOWED_ORIGINS: `${TABS},https://second.example.org/` } });
  slow = await startApiHarness({ env: { WRITES_PER_MINUTE: "6", WRITE_BURST: "3" } });
});
afterAll(async () => {
  await api?.close();
  await slow?.close();
});

async function expectProblem(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  const problem = (await response.json()) as ProblemDetails;
  expect(problem.status).toBe(status);
  expect(problem.detail.length).toBeGreaterThan(0);
  return problem;
}

describe("CORS", () => {
  it("names an allowed origin on the answer, and exposes the correlation id", async () => {
    const response = await api.get("/api/me", { headers: { Origin: TABS } });
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe(TABS);
    expect(response.headers.get("access-control-expose-headers")).toMatch(/X-Correlation-Id/);
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
    expect(response.headers.get("vary")).toMatch(/Origin/);
    // The configured origin with a trailing slash is the same origin.
    expect((await api.get("/api/me", { headers: { Origin: "https://second.example.org" } })).headers.get("access-control-allow-origin")).toBe("https://second.example.org");
  });

  it("names no other origin, not even a look-alike", async () => {
    for (const origin of ["https://evil.example.org", `${TABS}.evil.example.org`, "null", "http://tabs.westum.example.org"]) {
      const response = await api.get("/api/me", { headers: { Origin: origin } });
      expect(response.headers.get("access-control-allow-origin")).toBeNull();
    }
  });

  it("answers a preflight from an allowed origin with the API's methods and the headers the tabs send", async () => {
    const response = await fetch(`${api.url}${COURSE}`, {
      method: "OPTIONS",
      headers: { Origin: TABS, "Access-Control-Request-Method": "PUT", "Access-Control-Request-Headers": "authorization, content-type" },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe(TABS);
    expect(response.headers.get("access-control-allow-methods")).toBe("GET, POST, PUT, PATCH, DELETE");
    expect(response.headers.get("access-control-allow-headers")).toMatch(/Authorization.*Content-Type.*Accept-Language.*X-Correlation-Id/);
  });

  it("refuses a preflight from another origin, or for a method the API does not have", async () => {
    const preflight = (origin: string, method: string) =>
      fetch(`${api.url}${COURSE}`, { method: "OPTIONS", headers: { Origin: origin, "Access-Control-Request-Method": method } });
    const foreign = await preflight("https://evil.example.org", "PUT");
    expect((await expectProblem(foreign, 403)).type).toMatch(/origin-not-allowed/);
    expect(foreign.headers.get("access-control-allow-origin")).toBeNull();
    await expectProblem(await preflight(TABS, "TRACE"), 403);
  });

  it("allows the tabs' dev server by default in local mode, and nothing cross-origin in production", async () => {
    const { loadConfig } = await import("../../api/src/config.js");
    expect(loadConfig({}).http.allowedOrigins).toEqual(["http://127.0.0.1:5173", "http://localhost:5173"]);
    expect(loadConfig({ TABS_PORT: "6000" }).http.allowedOrigins).toContain("http://127.0.0.1:6000");
    const tenant = { AAD_TENANT_IDS: "3b9c5d2e-0000-4000-8000-00000000aaaa", AAD_APP_CLIENT_ID: "3b9c5d2e-0000-4000-8000-0000000c11e7", CALENDAR_LINK_KEY: "test-calendar-link-key-of-32-characters", BOT_ENABLED: "false", ...UNSERVED_SHAREPOINT };
    expect(loadConfig(tenant).http.allowedOrigins).toEqual([]);
    expect(() => loadConfig({ ALLOWED_ORIGINS: "*" })).toThrow(/ALLOWED_ORIGINS/);
    expect(() => loadConfig({ ALLOWED_ORIGINS: "https://tabs.example.org/app" })).toThrow(/ALLOWED_ORIGINS/);
  });
});

describe("request bodies", () => {
  it("refuses a body over the limit with 413 problem+json (the local host's check)", async () => {
    const response = await fetch(`${api.url}/api/courses`, {
      method: "POST",
      headers: { Authorization: `Bearer ${await api.token("coordinator")}`, "Content-Type": "application/json", "Accept-Language": "en" },
      body: JSON.stringify({ title: "x".repeat(MAX_BODY_BYTES + 10) }),
    });
    expect((await expectProblem(response, 413)).detail).toMatch(/larger than 1024 KB/);
  });

  it("refuses a body over the limit in the route wrapper and the body parser (as under the Functions host)", async () => {
    const handler = toHttpHandler(apiRoutes.find((route) => route.name === "createCourse")!, routeHostOf(api.services));
    const context = new InvocationContext({ functionName: "createCourse" });
    const headers = { authorization: `Bearer ${await api.token("coordinator")}`, "content-type": "application/json" };
    const big = new TextEncoder().encode(JSON.stringify({ title: "å".repeat(MAX_BODY_BYTES / 2 + 10) }));
    // Declared too large: refused before the token is even checked.
    const declared = await handler(new HttpRequest({ method: "POST", url: "http://x/api/courses", headers: { ...headers, "content-length": String(big.length) }, body: { bytes: big } }), context);
    expect(declared.status).toBe(413);
    // Chunked (no length): refused by the parser once it has read too much.
    const chunked = await handler(new HttpRequest({ method: "POST", url: "http://x/api/courses", headers, body: { bytes: big } }), context);
    expect(chunked.status).toBe(413);
    expect((chunked.headers as Record<string, string>)["Content-Type"]).toBe("application/problem+json");
  });

  it("reads JSON bodies only: another content type is 415, broken UTF-8 is 400", async () => {
    const post = (contentType: string | undefined, body: BodyInit) =>
      api.services.localIdentity!.issueToken("coordinator").then((t) =>
        fetch(`${api.url}/api/courses`, { method: "POST", headers: { Authorization: `Bearer ${t!.accessToken}`, ...(contentType ? { "Content-Type": contentType } : {}) }, body }),
      );
    await expectProblem(await post("text/plain", "{}"), 415);
    await expectProblem(await post("application/x-www-form-urlencoded", "title=x"), 415);
    await expectProblem(await post("application/jsonp", "{}"), 415);
    await expectProblem(await post("application/json; charset=utf-8", new Uint8Array([0x7b, 0xff, 0x7d])), 400);
    await expectProblem(await post("application/merge-patch+json", "{}"), 400); // read, then refused by the schema
  });

  it("lists at most 50 errors, however many items are wrong", async () => {
    const areas = Array.from({ length: 3000 }, () => ["junk"]);
    const response = await api.send("POST", "/api/courses", { token: await api.token("coordinator"), body: { areas } });
    const problem = await expectProblem(response, 400);
    expect(problem.errors!.length).toBeLessThanOrEqual(50);
  });

  it("refuses unknown fields at any depth, so junk is not an empty valid body", async () => {
    const response = await api.send("POST", "/api/courses", { token: await api.token("coordinator"), body: { junk: { a: 1 }, sessions: [{ hous: 2 }] }, headers: { "Accept-Language": "en" } });
    const problem = await expectProblem(response, 400);
    expect(problem.errors).toEqual([{ field: "junk", message: "unknown field" }, { field: "sessions.0.hous", message: "unknown field" }]);
  });
});

describe("write rate limit", () => {
  it("lets a burst through, then answers 429 problem+json with Retry-After, per person and for writes only", async () => {
    const staff = await slow.tokenFor({ oid: "0a1b2c3d-0000-4000-8000-00000000fa57", name: "Fia Snabb", email: "fia@example.org" });
    const write = () => slow.send("DELETE", `${COURSE}/registrations/0000001`, { token: staff });
    for (let i = 0; i < 3; i++) expect((await write()).status).toBe(404);
    const limited = await write();
    await expectProblem(limited, 429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(Number(limited.headers.get("retry-after"))).toBeLessThanOrEqual(10);
    // Reads go on, and someone else may still write.
    expect((await slow.get("/api/me", { token: staff })).status).toBe(200);
    const other = await slow.tokenFor({ oid: "0a1b2c3d-0000-4000-8000-00000000a1de", name: "Ada Annan", email: "ada@example.org" });
    expect((await slow.send("DELETE", `${COURSE}/registrations/0000001`, { token: other })).status).toBe(404);
  });
});

describe("security headers", () => {
  it("are on answers and on problems alike", async () => {
    for (const response of [await api.get("/api/me"), await api.get("/api/me", { token: null }), await api.get("/api/health", { token: null })]) {
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(response.headers.get("content-security-policy")).toMatch(/default-src 'none'; frame-ancestors 'none'/);
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.get("referrer-policy")).toBe("no-referrer");
      expect(response.headers.get("x-correlation-id")).toMatch(/^[A-Za-z0-9-]{8,64}$/);
    }
  });
});
