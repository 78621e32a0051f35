// Malformed requests to every route of api/src/routes.ts, through the local host, with valid
// tokens (staff and coordinator): wrong types, huge strings, unicode edge cases, OData-looking
// injections, broken JSON, wrong content types, huge arrays, deep nesting, unknown fields.
// Every answer is below 500, every 4xx is problem+json with a detail, no malformed write succeeds,
// and the store holds exactly what it held before.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ProblemDetails } from "../../api/src/contract/index.js";
import { attendanceUpdateSchema, cancelCourseSchema, courseInputSchema, registrationRequestSchema } from "../../api/src/domain/catalogue/courseSchema.js";
import type { LazyRoute } from "../../api/src/http/route.js";
import { apiRoutes, localModeRoutes } from "../../api/src/routes.js";
import { startApiHarness, type ApiHarness } from "../support/apiHarness.js";
import { invalidObjectBody, malformedJsonText, nastyText, oddHeaders, pathSegment, queryString, wrongContentType } from "../support/fuzzInputs.js";
import { storeFingerprint, type StoreFingerprint } from "../support/storeFingerprint.js";

/** Requests per route (FUZZ_RUNS to change), sent in concurrent batches to overlap the storage round trips. */
const REQUESTS_PER_ROUTE = Number(process.env.FUZZ_RUNS ?? 1000);
const BATCH = 8;
const QUERY_PARAMS = ["q", "subRegion", "municipality", "area", "system", "role", "techNetwork", "page", "pageSize", "format", "provider", "project", "language", "status", "from", "to", "hasFreeSeats", "member"];
/** The fields of each route's body schema: a body with any of them wrong is certain to be refused. */
const BODY_FIELDS: Record<string, readonly string[]> = {
  createCourse: Object.keys(courseInputSchema.shape),
  updateCourse: Object.keys(courseInputSchema.shape),
  cancelCourse: Object.keys(cancelCourseSchema.shape),
  registerForCourse: Object.keys(registrationRequestSchema.shape),
  recordAttendance: Object.keys(attendanceUpdateSchema.shape),
  localToken: ["userId"],
};
/** Writes that change nothing whatever they are sent: local sign-in, and sync (not configured locally). */
const HARMLESS_WRITES = new Set(["localToken", "syncNow"]);
/**
 * Writes whose only input is the caller (her calendar feed: a new address, then ending it): no
 * request to them is malformed, so they may succeed; ending after renewing leaves the store as it was.
 */
const CALLERS_OWN_WRITES = new Set(["renewMyCalendarFeed", "revokeMyCalendarFeed"]);
/**
 * Routes of another protocol, fuzzed by their owners: the bot's endpoint speaks Bot Framework
 * (its errors are not problem+json, and in local mode it stores conversation references for any
 * activity it is sent). Known: an empty body gives 500 there (noted for the bot's engineer).
 */
const OTHER_PROTOCOLS = new Set(["botMessages"]);

interface FuzzRequest {
  path: string;
  query: string;
  token: "staff" | "coordinator";
  headers: Record<string, string>;
  body?: { contentType?: string; text: string };
}

let api: ApiHarness;
let tokens: Record<FuzzRequest["token"], string>;
let before: StoreFingerprint;
let courseIds: string[];
let memberIds: string[];
const sent: Record<string, number> = {};

beforeAll(async () => {
  api = await startApiHarness({ catalogue: true });
  tokens = { staff: await api.token("teacher"), coordinator: await api.token("coordinator") };
  courseIds = [...(await api.services.catalogue.current()).courses.keys()];
  memberIds = [...(await api.services.directory.current()).search({}, 1, 5).items.map((m: { id: string }) => m.id)];
  before = await fingerprint();
}, 60_000);
afterAll(() => api?.close());

const fingerprint = () => storeFingerprint(api.services.config.storageConnectionString, api.services.config.tablePrefix);

/** A path parameter: a malformed or unknown one for any route; an existing one only where that is safe. */
function parameter(name: string, existingIsSafe: boolean): fc.Arbitrary<string> {
  const unknown = fc.stringMatching(/^[a-z0-9]{1,12}$/).map((s) => (name === "registrationId" ? `9${s.replace(/\D/g, "").padEnd(6, "7").slice(0, 6)}` : `zz-no-such-${s}`));
  const existing = name === "registrationId" ? fc.constantFrom("0000001", "0000002") : fc.constantFrom(...courseIds, ...memberIds);
  return existingIsSafe ? fc.oneof(pathSegment, unknown, existing) : fc.oneof(pathSegment, unknown);
}

function pathOf(route: LazyRoute, existingIsSafe: boolean): fc.Arbitrary<string> {
  const parts = route.route.split("/").map((part) => {
    const param = /^\{(\w+)\}$/.exec(part)?.[1];
    return param ? parameter(param, existingIsSafe) : fc.constant(part);
  });
  return fc.tuple(...parts).map((segments) => `/api/${segments.join("/")}`);
}

/** A body the route's parser must refuse: invalid for its schema, not JSON, or not sent as JSON. */
function malformedBody(fields: readonly string[] | undefined): fc.Arbitrary<FuzzRequest["body"]> {
  const json = fc.constantFrom("application/json", "application/json; charset=utf-8", "application/problem+json");
  return fc.oneof(
    ...(fields ? [{ weight: 4, arbitrary: fc.record({ contentType: json, text: invalidObjectBody(fields) }) }] : []),
    { weight: 3, arbitrary: fc.record({ contentType: json, text: malformedJsonText }) },
    { weight: 2, arbitrary: fc.record({ contentType: wrongContentType, text: fc.oneof(nastyText, fc.constant("{}")).filter((t) => t.trim() !== "") }) },
    { weight: 1, arbitrary: fc.record({ text: fc.constant("{\"reason\":1}") }) }, // a body without a content type
  );
}

function requests(route: LazyRoute): fc.Arbitrary<FuzzRequest> {
  const method = route.methods[0]!;
  const common = { query: fc.oneof(fc.constant(""), queryString(QUERY_PARAMS)), token: fc.constantFrom("staff" as const, "coordinator" as const), headers: oddHeaders };
  if (method === "GET") return fc.record({ ...common, path: pathOf(route, true) });
  const fields = BODY_FIELDS[route.name];
  const anyBody = fc.option(malformedBody(fields), { nil: undefined });
  if (HARMLESS_WRITES.has(route.name) || CALLERS_OWN_WRITES.has(route.name)) return fc.record({ ...common, path: pathOf(route, true), body: anyBody });
  // A write is malformed in its path (then the body may be anything), or in its body (then the
  // path may name a real course). A route that reads no body can only be malformed in its path.
  const badPath = fc.record({ ...common, path: pathOf(route, false), body: anyBody });
  if (!fields) return badPath;
  return fc.oneof(badPath, fc.record({ ...common, path: pathOf(route, true), body: malformedBody(fields) }));
}

async function send(route: LazyRoute, request: FuzzRequest): Promise<void> {
  const method = route.methods[0]!;
  const headers: Record<string, string> = { ...request.headers, Authorization: `Bearer ${tokens[request.token]}` };
  if (request.body?.contentType) headers["Content-Type"] = request.body.contentType;
  const url = `${api.url}${request.path}${request.query ? `?${request.query}` : ""}`;
  const response = await fetch(url, { method, headers, body: request.body?.text });
  sent[route.name] = (sent[route.name] ?? 0) + 1;
  const text = await response.text();
  const where = `${method} ${request.path.slice(0, 200)} → ${response.status} ${text.slice(0, 300)}`;
  expect(response.status, where).toBeLessThan(500);
  if (method !== "GET" && !HARMLESS_WRITES.has(route.name) && !CALLERS_OWN_WRITES.has(route.name)) expect(response.status, `a malformed write succeeded: ${where}`).toBeGreaterThanOrEqual(400);
  if (response.status >= 400) {
    expect(response.headers.get("content-type"), where).toBe("application/problem+json");
    const problem = JSON.parse(text) as ProblemDetails;
    expect(problem.status, where).toBe(response.status);
    expect(typeof problem.detail === "string" && problem.detail.length > 0, where).toBe(true);
  }
}

describe("fuzzing every route with malformed requests", () => {
  for (const route of [...apiRoutes, ...localModeRoutes].filter((r) => !OTHER_PROTOCOLS.has(r.name))) {
    it(`${route.methods.join(",")} /api/${route.route} (${route.name})`, async () => {
      const batch = fc.array(requests(route), { minLength: BATCH, maxLength: BATCH });
      await fc.assert(
        fc.asyncProperty(batch, async (requests) => void (await Promise.all(requests.map((request) => send(route, request))))),
        { numRuns: Math.ceil(REQUESTS_PER_ROUTE / BATCH), seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31) },
      );
    }, 120_000);
  }

  it("stored nothing", async () => {
    const after = await fingerprint();
    expect(after).toEqual(before);
    expect(before.entities).toMatchObject({ courses: expect.any(Number) });
    console.log(`fuzz: ${Object.values(sent).reduce((a, b) => a + b, 0)} requests over ${Object.keys(sent).length} routes; store: ${JSON.stringify(before.entities)}`);
  });
});
