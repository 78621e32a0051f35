// Every route but health needs a valid bearer token; a bad one gives 401 problem+json, a valid
// one without the delegated scope, or from a client that may not call, 403.
import { readFileSync } from "node:fs";
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultAllowedClientIds, MICROSOFT_365_HOST_CLIENT_IDS } from "../../api/src/auth/allowedClients.js";
import { LOCAL_CLIENT_ID } from "../../api/src/auth/localIdentity.js";
import { loadConfig } from "../../api/src/config.js";
import type { Me, ProblemDetails } from "../../api/src/contract/index.js";
import { startApiHarness, type ApiHarness } from "../support/apiHarness.js";
import { UNSERVED_SHAREPOINT } from "../support/productionSettings.js";

let api: ApiHarness;
beforeAll(async () => (api = await startApiHarness()));
afterAll(() => api?.close());

const identity = () => api.services.localIdentity!;
const claims = (overrides: JWTPayload = {}) => ({ ...identity().baseClaims("teacher"), ...overrides });
const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");

async function expect401(token: string | null, authorization?: string) {
  const response = await api.get("/api/members", {
    token: authorization ? null : token,
    headers: authorization ? { Authorization: authorization } : {},
  });
  expect(response.status).toBe(401);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  expect(response.headers.get("www-authenticate")).toMatch(/^Bearer error="invalid_token"/);
  const problem = (await response.json()) as ProblemDetails;
  expect(problem.detail).toMatch(/Ladda om fliken/);
  return response;
}

describe("token validation", () => {
  it("accepts a valid token and tells who the caller is", async () => {
    const response = await api.get("/api/me", { token: await api.token("coordinator") });
    expect(response.status).toBe(200);
    expect((await response.json()) as Me).toMatchObject({ name: "Sam Samordnare", role: "coordinator" });
    const teacher = (await (await api.get("/api/me")).json()) as Me;
    expect(teacher).toMatchObject({ name: "Lisa Lärare", role: "staff", email: "lisa.larare@example.org" });
  });

  it("refuses a request without a token", async () => {
    await expect401(null);
    await expect401(null, "Basic dXNlcjpwYXNz");
  });

  it("refuses an expired token", async () => {
    await expect401(await identity().sign(claims(), { expiresInSeconds: -3600 }));
  });

  it("refuses a token that is not valid yet", async () => {
    await expect401(await identity().sign(claims(), { notBefore: Math.floor(Date.now() / 1000) + 3600 }));
  });

  it("refuses a token for another audience", async () => {
    await expect401(await identity().sign(claims({ aud: "api://someone-else" })));
  });

  it("refuses a token from another issuer", async () => {
    await expect401(await identity().sign(claims({ iss: "https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0" })));
  });

  it("refuses a token from another tenant", async () => {
    await expect401(await identity().sign(claims({ tid: "72f988bf-86f1-41af-91ab-2d7cd011db47" })));
  });

  it("refuses an unsigned token (alg none)", async () => {
    const unsigned = `${base64url({ alg: "none", typ: "JWT" })}.${base64url({ ...claims(), exp: Math.floor(Date.now() / 1000) + 600, iat: Math.floor(Date.now() / 1000) })}.`;
    await expect401(unsigned);
  });

  it("refuses a token signed with a key the API does not trust", async () => {
    const { privateKey, publicKey } = await generateKeyPair("RS256");
    const kid = (await exportJWK(publicKey)).n!.slice(0, 8);
    const forged = await new SignJWT(claims()).setProtectedHeader({ alg: "RS256", kid }).setIssuedAt().setExpirationTime("1h").sign(privateKey);
    await expect401(forged);
  });

  it("refuses a token whose payload was changed after signing", async () => {
    const [header, , signature] = (await api.token("teacher")).split(".");
    const tampered = `${header}.${base64url({ ...claims({ roles: ["Coordinator"] }), exp: Math.floor(Date.now() / 1000) + 600, iat: Math.floor(Date.now() / 1000) })}.${signature}`;
    await expect401(tampered);
  });

  it("protects member detail too, and leaves health open", async () => {
    expect((await api.get("/api/members/dacapo-mariestad", { token: null })).status).toBe(401);
    expect((await api.get("/api/health", { token: null })).status).toBe(200);
  });
});

describe("the same claim rules for the local identity and in Entra mode", () => {
  it("issues sample tokens that carry what production requires: the delegated scope and an allowed client", async () => {
    const [, payload] = (await api.token("teacher")).split(".");
    const claims = JSON.parse(Buffer.from(payload!, "base64url").toString()) as JWTPayload;
    expect(claims).toMatchObject({ scp: "access_as_user", azp: LOCAL_CLIENT_ID, ver: "2.0" });
    expect(claims.oid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it("refuses local tokens that break them, as production does", async () => {
    for (const [overrides, status] of [
      [{ scp: undefined }, 403],
      [{ scp: "User.Read" }, 403],
      [{ azp: "11111111-2222-4333-8444-555555555555" }, 403],
      [{ idtyp: "app" }, 403],
      [{ oid: 42 }, 401],
      [{ oid: "" }, 401],
    ] as const) {
      const response = await api.get("/api/me", { token: await identity().sign(claims(overrides as JWTPayload)) });
      expect(response.status, JSON.stringify(overrides)).toBe(status);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
    }
  });

  it("allows by default exactly the clients the Entra app preauthorizes, plus the app itself", () => {
    const manifest = JSON.parse(readFileSync(new URL("../../appPackage/aad.manifest.json", import.meta.url), "utf8")) as { api: { preAuthorizedApplications: { appId: string }[] } };
    expect(new Set(manifest.api.preAuthorizedApplications.map((a) => a.appId))).toEqual(new Set(MICROSOFT_365_HOST_CLIENT_IDS));
    expect(defaultAllowedClientIds("3b9c5d2e-0000-4000-8000-0000000c11e7")).toContain("3b9c5d2e-0000-4000-8000-0000000c11e7");
  });

  it("takes the allowed clients from AAD_ALLOWED_CLIENT_IDS, and refuses a list that is not GUIDs", () => {
    const entra = { AAD_TENANT_IDS: "3b9c5d2e-0000-4000-8000-00000000aaaa", AAD_APP_CLIENT_ID: "3b9c5d2e-0000-4000-8000-0000000c11e7", BOT_ENABLED: "false", CALENDAR_LINK_KEY: "test-calendar-link-key-of-32-characters", ...UNSERVED_SHAREPOINT };
    const config = loadConfig({ ...entra, AAD_ALLOWED_CLIENT_IDS: "5e3ce6c0-2b1f-4285-8d4b-75ee78787346, 3b9c5d2e-0000-4000-8000-0000000c11e7" });
    expect(config.identity).toMatchObject({ allowedClientIds: ["5e3ce6c0-2b1f-4285-8d4b-75ee78787346", "3b9c5d2e-0000-4000-8000-0000000c11e7"] });
    expect(loadConfig(entra).identity).toMatchObject({ allowedClientIds: undefined });
    expect(() => loadConfig({ ...entra, AAD_ALLOWED_CLIENT_IDS: "teams" })).toThrow(/AAD_ALLOWED_CLIENT_IDS/);
    expect(() => loadConfig({ ...entra, AAD_ALLOWED_CLIENT_IDS: " , " })).toThrow(/AAD_ALLOWED_CLIENT_IDS/);
  });
});
