// The production token rules (Entra v1 and v2 issuers, client id and api:// audiences, configured
// tenants only, app role for coordinators; GUID oid and tid, the delegated scope, allowed client
// applications) over the real HTTP host, with a local key set standing in for Entra's published
// keys. A token that is not trustworthy is a 401 problem+json; a valid token without a permission
// (app-only, no scope, a client that may not call) and a staff user on a coordinator route are 403.
// Claim values are generated (fast-check), and storage is read back after every refused write.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import fc from "fast-check";
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK, type JWTPayload } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MICROSOFT_365_HOST_CLIENT_IDS } from "../../api/src/auth/allowedClients.js";
import { entraTokenValidator } from "../../api/src/auth/entraIdentity.js";
import type { Me, ProblemDetails } from "../../api/src/contract/index.js";
import { createLocalServer } from "../../api/src/dev/server.js";
import { routeHostOf } from "../../api/src/http/route.js";
import { apiRoutes } from "../../api/src/routes.js";
import { startApiHarness, type ApiHarness } from "../support/apiHarness.js";
import { storeFingerprint } from "../support/storeFingerprint.js";

const TENANT = "3b9c5d2e-0000-4000-8000-00000000aaaa";
const OTHER_TENANT = "3b9c5d2e-0000-4000-8000-00000000bbbb";
const SECOND_TENANT = "3b9c5d2e-0000-4000-8000-00000000cccc";
const CLIENT_ID = "3b9c5d2e-0000-4000-8000-0000000c11e7";
const TEAMS_WEB = "5e3ce6c0-2b1f-4285-8d4b-75ee78787346";
const TEAMS_DESKTOP = "1fec8e78-bce4-4aaf-ab1b-5451cc387264";
const APP_ID_URI = `api://campus.example.org/${CLIENT_ID}`;
const v1Issuer = (tid: string) => `https://sts.windows.net/${tid}/`;
const v2Issuer = (tid: string) => `https://login.microsoftonline.com/${tid}/v2.0`;
/** A catalogue route for coordinators only that reads and writes nothing. */
const COORDINATOR_ROUTE = "/api/reports/participation?from=2025-01-01&to=2025-01-31";

let api: ApiHarness;
let server: Server;
let url: string;
let signingKey: CryptoKey;
let publicJwk: JWK;

beforeAll(async () => {
  api = await startApiHarness({ catalogue: true });
  const pair = await generateKeyPair("RS256");
  signingKey = pair.privateKey;
  publicJwk = { ...(await exportJWK(pair.publicKey)), kid: "entra-1", alg: "RS256", use: "sig" };
  const validateToken = entraTokenValidator(
    { tenantIds: [TENANT, SECOND_TENANT], clientId: CLIENT_ID, appIdUri: APP_ID_URI },
    createLocalJWKSet({ keys: [publicJwk] }),
  );
  server = createLocalServer(apiRoutes, routeHostOf({ ...api.services, validateToken }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  await api?.close();
});

const now = () => Math.floor(Date.now() / 1000);
const user = { oid: "0a1b2c3d-0000-4000-8000-000000000001", name: "Kim Kursledare" };

const v2Claims = (overrides: JWTPayload = {}): JWTPayload => ({
  iss: v2Issuer(TENANT), aud: CLIENT_ID, tid: TENANT, ver: "2.0", azp: TEAMS_WEB, scp: "access_as_user", preferred_username: "kim@westum.example.org", ...user, ...overrides,
});
const v1Claims = (overrides: JWTPayload = {}): JWTPayload => ({
  iss: v1Issuer(TENANT), aud: APP_ID_URI, tid: TENANT, ver: "1.0", appid: TEAMS_DESKTOP, scp: "access_as_user", upn: "kim@westum.example.org", unique_name: "kim@westum.example.org", ...user, ...overrides,
});

async function sign(claims: JWTPayload, options: { key?: CryptoKey; kid?: string; exp?: number; nbf?: number } = {}): Promise<string> {
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: "RS256", typ: "JWT", kid: options.kid ?? "entra-1" })
    .setIssuedAt(now() - 60)
    .setExpirationTime(options.exp ?? now() + 3600);
  if (options.nbf !== undefined) jwt.setNotBefore(options.nbf);
  return jwt.sign(options.key ?? signingKey);
}

const call = (path: string, token: string) => fetch(`${url}${path}`, { headers: { Authorization: `Bearer ${token}` } });

async function expectRefused(token: string, status = 401, path = "/api/me") {
  const response = await call(path, token);
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  const problem = (await response.json()) as ProblemDetails;
  expect(problem.status).toBe(status);
  expect(problem.detail.length).toBeGreaterThan(0);
  if (status === 401) expect(response.headers.get("www-authenticate")).toMatch(/^Bearer error="invalid_token"/);
}

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");

describe("Entra token matrix", () => {
  it("accepts a v2 token (aud = client id) and reads preferred_username", async () => {
    const response = await call("/api/me", await sign(v2Claims()));
    expect(response.status).toBe(200);
    expect((await response.json()) as Me).toEqual({ id: user.oid, name: user.name, email: "kim@westum.example.org", tenantId: TENANT, role: "staff" });
  });

  it("accepts a v1 token (aud = api:// URI) and reads upn, or unique_name without upn", async () => {
    const response = await call("/api/me", await sign(v1Claims()));
    expect(response.status).toBe(200);
    expect(((await response.json()) as Me).email).toBe("kim@westum.example.org");
    const uniqueNameOnly = await call("/api/me", await sign(v1Claims({ upn: undefined, unique_name: "kim.u@westum.example.org" })));
    expect(((await uniqueNameOnly.json()) as Me).email).toBe("kim.u@westum.example.org");
  });

  it("accepts either audience with either issuer version, and any configured tenant", async () => {
    expect((await call("/api/me", await sign(v1Claims({ aud: CLIENT_ID })))).status).toBe(200);
    expect((await call("/api/me", await sign(v2Claims({ aud: APP_ID_URI })))).status).toBe(200);
    expect((await call("/api/me", await sign(v2Claims({ tid: SECOND_TENANT, iss: v2Issuer(SECOND_TENANT) })))).status).toBe(200);
  });

  it("takes the coordinator role from the roles claim", async () => {
    const coordinator = await call("/api/me", await sign(v2Claims({ roles: ["Coordinator"] })));
    expect(((await coordinator.json()) as Me).role).toBe("coordinator");
    expect((await call(COORDINATOR_ROUTE, await sign(v1Claims({ roles: ["Coordinator"] })))).status).toBe(200);
    // Only the app role counts: not a look-alike, not a scope, not a group.
    for (const claims of [{ roles: ["coordinator "] }, { roles: "Coordinator" }, { scp: "access_as_user Coordinator" }, { groups: ["Coordinator"] }]) {
      const response = await call("/api/me", await sign(v2Claims(claims)));
      expect(((await response.json()) as Me).role).toBe("staff");
    }
  });

  it("gives a staff user 403 problem+json on a coordinator route", async () => {
    await expectRefused(await sign(v2Claims()), 403, COORDINATOR_ROUTE);
    await expectRefused(await sign(v1Claims({ roles: ["Reader"] })), 403, COORDINATOR_ROUTE);
    const create = await fetch(`${url}/api/courses`, { method: "POST", headers: { Authorization: `Bearer ${await sign(v2Claims())}`, "Content-Type": "application/json" }, body: "{}" });
    expect(create.status).toBe(403);
  });

  it("refuses a token from another tenant (its issuer or only its tid)", async () => {
    await expectRefused(await sign(v2Claims({ tid: OTHER_TENANT, iss: v2Issuer(OTHER_TENANT) })));
    await expectRefused(await sign(v1Claims({ tid: OTHER_TENANT, iss: v1Issuer(OTHER_TENANT) })));
    await expectRefused(await sign(v2Claims({ tid: OTHER_TENANT })));
    // The issuer of one configured tenant with the tid of another: not a token Entra issues.
    await expectRefused(await sign(v2Claims({ tid: SECOND_TENANT })));
    await expectRefused(await sign(v2Claims({ iss: "https://login.microsoftonline.com/common/v2.0" })));
  });

  it("refuses a token for another audience", async () => {
    await expectRefused(await sign(v2Claims({ aud: "00000003-0000-0000-c000-000000000000" })));
    await expectRefused(await sign(v1Claims({ aud: "api://someone-else/" + CLIENT_ID })));
    await expectRefused(await sign(v2Claims({ aud: undefined })));
  });

  it("refuses an expired token, and one that is not valid yet (beyond the clock tolerance)", async () => {
    await expectRefused(await sign(v2Claims(), { exp: now() - 600 }));
    await expectRefused(await sign(v1Claims(), { nbf: now() + 600 }));
  });

  it("refuses alg none and an HMAC token keyed with the public key", async () => {
    await expectRefused(`${b64({ alg: "none", typ: "JWT" })}.${b64({ ...v2Claims(), iat: now(), exp: now() + 600 })}.`);
    const hmac = await new SignJWT({ ...v2Claims() })
      .setProtectedHeader({ alg: "HS256", kid: "entra-1" })
      .setIssuedAt()
      .setExpirationTime("1h")
      .sign(new TextEncoder().encode(JSON.stringify(publicJwk)));
    await expectRefused(hmac);
  });

  it("refuses a token signed with a key that is not in the key set", async () => {
    const stranger = (await generateKeyPair("RS256")).privateKey;
    await expectRefused(await sign(v2Claims(), { key: stranger, kid: "not-in-the-set" }));
    await expectRefused(await sign(v2Claims(), { key: stranger, kid: "entra-1" }));
  });

  it("refuses a tampered signature and a tampered payload", async () => {
    const [header, payload, signature] = (await sign(v2Claims())).split(".") as [string, string, string];
    const middle = Math.floor(signature.length / 2);
    const flipped = signature.slice(0, middle) + (signature[middle] === "A" ? "B" : "A") + signature.slice(middle + 1);
    await expectRefused(`${header}.${payload}.${flipped}`);
    const elevated = b64({ ...JSON.parse(Buffer.from(payload, "base64url").toString()), roles: ["Coordinator"] });
    await expectRefused(`${header}.${elevated}.${signature}`, 401, COORDINATOR_ROUTE);
  });

  it("refuses a token without the claims a user token has (oid, tid)", async () => {
    await expectRefused(await sign(v2Claims({ oid: undefined })));
    await expectRefused(await sign(v2Claims({ tid: undefined })));
  });
});

describe("the claims of a user's token for this app (generated values)", () => {
  const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  /** Anything a claim could hold that is not a GUID string: numbers, objects, arrays, GUIDs with decoration. */
  const notAGuid: fc.Arbitrary<unknown> = fc.oneof(
    fc.constant(""),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.uuid().map((g) => `{${g}}`),
    fc.uuid().map((g) => `urn:uuid:${g}`),
    fc.uuid().map((g) => g.replace(/-/g, "")),
    fc.uuid().map((g) => ` ${g}`),
    fc.uuid().map((g) => `${g}\n`),
    fc.uuid().map((g) => [g]),
    fc.uuid().map((g) => ({ value: g })),
    fc.string({ maxLength: 40 }).filter((t) => !GUID.test(t)),
  );
  const allowed = new Set([...MICROSOFT_365_HOST_CLIENT_IDS, CLIENT_ID]);
  const unknownClient: fc.Arbitrary<unknown> = fc.oneof(fc.uuid().filter((g) => !allowed.has(g)), notAGuid);
  /** Scope lists that do not grant access_as_user: other scopes, look-alikes, a comma list, not a string. */
  const withoutTheScope: fc.Arbitrary<unknown> = fc.oneof(
    fc.array(fc.constantFrom("User.Read", "openid", "profile", "access_as_users", "Access_As_User", "access_as_user,profile", "access_as_user.", "api://x/access_as_user"), { maxLength: 4 }).map((s) => s.join(" ")),
    fc.constant(["access_as_user"]),
    fc.constant({ access_as_user: true }),
    fc.integer(),
  );
  const writePath = () => `/api/courses/${openCourseId}/registrations`;
  let openCourseId: string;
  const fingerprint = () => storeFingerprint(api.services.config.storageConnectionString, api.services.config.tablePrefix);

  beforeAll(async () => {
    const now = Date.now();
    const { courses } = await api.services.courses.loadAll();
    openCourseId = courses.find((c) => c.status === "published" && Date.parse(c.registrationDeadline) > now && c.format === "online")!.id;
  });

  async function register(claims: JWTPayload): Promise<Response> {
    return fetch(`${url}${writePath()}`, {
      method: "POST",
      headers: { Authorization: `Bearer ${await sign(claims)}`, "Content-Type": "application/json" },
      body: JSON.stringify({ memberId: "larcenter-falkoping" }),
    });
  }

  /** Every token the generator makes is refused with `status`, and storage is the same afterwards. */
  async function refusesAll(tokens: fc.Arbitrary<JWTPayload>, status: 401 | 403, error: "invalid_token" | "insufficient_scope", slug?: string) {
    const before = await fingerprint();
    await fc.assert(
      fc.asyncProperty(tokens, async (claims) => {
        const response = await register(claims);
        expect(response.status).toBe(status);
        expect(response.headers.get("content-type")).toBe("application/problem+json");
        expect(response.headers.get("www-authenticate")).toMatch(new RegExp(`^Bearer error="${error}"`));
        const problem = (await response.json()) as ProblemDetails;
        expect(problem.status).toBe(status);
        if (slug) expect(problem.type).toMatch(new RegExp(`${slug}$`));
        expect(problem.detail).toMatch(/[a-zåäö]{3}/i);
      }),
      { numRuns: 30 },
    );
    expect(await fingerprint()).toEqual(before);
  }

  it("registers with a complete token (so the refusals below are the claims' doing)", async () => {
    const response = await register(v2Claims({ oid: "0a1b2c3d-0000-4000-8000-0000000000f1" }));
    expect(response.status).toBe(201);
  });

  it("refuses an oid that is not a GUID string (401)", async () => {
    await refusesAll(notAGuid.map((oid) => v2Claims({ oid: oid as string })), 401, "invalid_token");
  });

  it("refuses a tid that is missing or not a GUID string (401)", async () => {
    await refusesAll(fc.oneof(fc.constant(undefined), notAGuid).map((tid) => v2Claims({ tid: tid as string })), 401, "invalid_token");
  });

  it("refuses app-only tokens: idtyp app, or roles without a delegated scope (403)", async () => {
    const appOnly = fc.record({ oid: fc.uuid(), roles: fc.array(fc.constantFrom("Coordinator", "Sites.Selected", "Reader"), { minLength: 1, maxLength: 3 }), withIdtyp: fc.boolean() });
    await refusesAll(appOnly.map(({ oid, roles, withIdtyp }) => v2Claims({ oid, roles, scp: undefined, ...(withIdtyp ? { idtyp: "app" } : {}) })), 403, "insufficient_scope", "app-only-token");
    // idtyp "app" wins even when a scope is present.
    await refusesAll(fc.uuid().map((oid) => v1Claims({ oid, idtyp: "app" })), 403, "insufficient_scope", "app-only-token");
  });

  it("refuses a user token without the scp claim, or whose scopes do not include access_as_user (403)", async () => {
    await refusesAll(fc.oneof(fc.constant(undefined), withoutTheScope).map((scp) => v2Claims({ scp: scp as string })), 403, "insufficient_scope", "insufficient-scope");
  });

  it("refuses a client application that is not allowed, from azp (v2) and appid (v1) (403)", async () => {
    await refusesAll(fc.oneof(fc.constant(undefined), unknownClient).map((azp) => v2Claims({ azp: azp as string })), 403, "insufficient_scope", "client-not-allowed");
    await refusesAll(fc.oneof(fc.constant(undefined), unknownClient).map((appid) => v1Claims({ appid: appid as string })), 403, "insufficient_scope", "client-not-allowed");
    // Each version's own claim counts: a v2 token with only appid, a v1 token with only azp.
    await expectRefused(await sign(v2Claims({ azp: undefined, appid: TEAMS_WEB })), 403);
    await expectRefused(await sign(v1Claims({ appid: undefined, azp: TEAMS_WEB })), 403);
  });

  it("accepts every Microsoft 365 host and the app itself as client, and an upper-case GUID as oid", async () => {
    for (const client of [...MICROSOFT_365_HOST_CLIENT_IDS, CLIENT_ID]) {
      expect((await call("/api/me", await sign(v2Claims({ azp: client })))).status).toBe(200);
      expect((await call("/api/me", await sign(v1Claims({ appid: client.toUpperCase() })))).status).toBe(200);
    }
    const upper = await call("/api/me", await sign(v2Claims({ oid: user.oid.toUpperCase() })));
    expect(((await upper.json()) as Me).id).toBe(user.oid);
  });
});
