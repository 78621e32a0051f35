// Health is a probe: it answers from the configuration and storage without building the services
// (the stores, the bot's and the SharePoint sync), so a cold start's first probe loads none of
// them, and a failure to build them does not take health down with it. The first request that
// needs the services builds them; a failed build is tried again by the next one.
import { afterAll, beforeAll, expect, it } from "vitest";
import functions from "@azure/functions";
import type { Health } from "../../api/src/contract/index.js";
import { lazyRouteHost, toHttpHandler } from "../../api/src/http/route.js";
import { silentLogger } from "../../api/src/logger.js";
import { apiRoutes } from "../../api/src/routes.js";
import type { Services } from "../../api/src/services.js";
import { startApiHarness, type ApiHarness } from "../support/apiHarness.js";

const { HttpRequest, InvocationContext } = functions;
let api: ApiHarness;

beforeAll(async () => {
  api = await startApiHarness();
});
afterAll(async () => {
  await api?.close();
});

const route = (name: string) => apiRoutes.find((r) => r.name === name)!;
const get = (path: string, token?: string) =>
  new HttpRequest({ method: "GET", url: `http://127.0.0.1/api/${path}`, headers: token ? { authorization: `Bearer ${token}` } : {} });

it("answers health without building the services, and builds them on the first request that needs them", async () => {
  let builds = 0;
  const host = lazyRouteHost(api.services.config, silentLogger, async () => {
    builds++;
    return api.services;
  });
  const health = await toHttpHandler(route("health"), host)(get("health"), new InvocationContext());
  expect(health.status).toBe(200);
  expect(((health as { jsonBody?: Health }).jsonBody)?.checks.storage).toBe("ok");
  expect(builds).toBe(0);

  const me = await toHttpHandler(route("me"), host)(get("me", await api.token()), new InvocationContext());
  expect(me.status).toBe(200);
  await toHttpHandler(route("me"), host)(get("me", await api.token()), new InvocationContext());
  expect(builds).toBe(1);
});

it("keeps answering health when the services cannot be built, and tries the build again on the next request", async () => {
  let attempts = 0;
  const host = lazyRouteHost(api.services.config, silentLogger, async (): Promise<Services> => {
    attempts++;
    if (attempts === 1) throw new Error("storage refused the first build");
    return api.services;
  });
  const failed = await toHttpHandler(route("me"), host)(get("me", await api.token()), new InvocationContext());
  expect(failed.status).toBe(500);
  expect(failed.headers).toMatchObject({ "Content-Type": "application/problem+json" });

  const health = await toHttpHandler(route("health"), host)(get("health"), new InvocationContext());
  expect(health.status).toBe(200);

  const retried = await toHttpHandler(route("me"), host)(get("me", await api.token()), new InvocationContext());
  expect(retried.status).toBe(200);
  expect(attempts).toBe(2);
});
