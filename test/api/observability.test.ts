// Observability at the API's edge: one structured log line per request carrying the caller's
// correlation id (or a new one), and a health answer with storage and backlogs.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import functions from "@azure/functions";
import { botServicesOf } from "../../api/src/bot/botServices.js";
import type { Health } from "../../api/src/contract/index.js";
import { createLocalServer } from "../../api/src/dev/server.js";
import { routeHostOf, toHttpHandler } from "../../api/src/http/route.js";
import { jsonLogger } from "../../api/src/logger.js";
import { apiRoutes } from "../../api/src/routes.js";
import { startTelemetry } from "../../api/src/telemetry/applicationInsights.js";
import { startApiHarness, type ApiHarness } from "../support/apiHarness.js";

const { HttpRequest, InvocationContext } = functions;
let api: ApiHarness;
let server: Server;
let url: string;
const lines: Record<string, unknown>[] = [];

beforeAll(async () => {
  api = await startApiHarness();
  server = createLocalServer(apiRoutes, routeHostOf({ ...api.services, log: jsonLogger((line) => lines.push(JSON.parse(line))) }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  await api?.close();
});

describe("request logs", () => {
  it("log each request once, with the tab's correlation id, the route, the status and the caller", async () => {
    const id = "tab-7f3c2a9e-5d1b-4c8e-9a2f-0b6d4e8c1a3f";
    const response = await fetch(`${url}/api/me`, { headers: { Authorization: `Bearer ${await api.token("teacher")}`, "X-Correlation-Id": id } });
    expect(response.headers.get("x-correlation-id")).toBe(id);
    const logged = lines.filter((line) => line.correlationId === id);
    expect(logged).toEqual([expect.objectContaining({ level: "info", message: "request", route: "me", method: "GET", status: 200, caller: "7e57ca11-0000-4000-8000-0000000000a1" })]);
    expect(typeof logged[0]!.ms).toBe("number");
    expect(JSON.stringify(logged[0])).not.toMatch(/Bearer|eyJ|lisa/i); // no token, no name, no e-mail
  });

  it("replace a correlation id that is not one with a new one, and name it in problems", async () => {
    const response = await fetch(`${url}/api/me`, { headers: { "X-Correlation-Id": "<script>" } });
    const id = response.headers.get("x-correlation-id")!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(((await response.json()) as { correlationId: string }).correlationId).toBe(id);
    expect(lines.find((line) => line.correlationId === id)).toMatchObject({ status: 401, route: "me" });
  });
});

describe("health", () => {
  it("checks storage and reports the delivery backlog; no sync backlog in local mode", async () => {
    const response = await fetch(`${url}/api/health`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Health;
    expect(body).toMatchObject({ status: "ok", checks: { storage: "ok" }, backlog: { deliveries: { waiting: 0, poisoned: 0 } } });
    expect(body.backlog?.sync).toBeUndefined();
  });

  it("counts the deliveries the bot has queued (health reads the bot's queue without building the bot)", async () => {
    const queued = { a: "health-count", c: "a:conversation", s: "https://smba.trafficmanager.net/emea/", l: "sv" } as const;
    await botServicesOf(api.services).queue.enqueue([queued, { ...queued, c: "a:other-conversation" }]);
    // A fresh host: health caches its answer for a few seconds per host.
    const health = toHttpHandler(apiRoutes.find((route) => route.name === "health")!, routeHostOf(api.services));
    const response = await health(new HttpRequest({ method: "GET", url: "http://127.0.0.1/api/health" }), new InvocationContext());
    expect(((response as { jsonBody?: Health }).jsonBody)?.backlog?.deliveries).toEqual({ waiting: 2, poisoned: 0 });
  });
});

describe("telemetry", () => {
  it("does not start (nor load the SDK) without a connection string", async () => {
    expect(await startTelemetry(api.services.config, api.services.log)).toBe(false);
  });
});
