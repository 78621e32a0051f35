// Every answer of the API carries its security headers: the routes' answers (through
// toHttpHandler, as in Azure Functions) and the local host's own answers to requests no route
// sees: no such route (404), a method the route does not take (405), a body over the limit (413),
// a path with broken %-encoding (400). The host's own answers are problem+json as well.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ProblemDetails } from "../../api/src/contract/index.js";
import { MAX_BODY_BYTES } from "../../api/src/http/body.js";
import { apiSecurityHeaders } from "../../api/src/http/securityHeaders.js";
import { startApiHarness, type ApiHarness } from "../support/apiHarness.js";
import { storeFingerprint } from "../support/storeFingerprint.js";

let api: ApiHarness;
beforeAll(async () => (api = await startApiHarness({ catalogue: true })));
afterAll(() => api?.close());

function expectSecurityHeaders(response: Response) {
  for (const [name, value] of Object.entries(apiSecurityHeaders)) expect(response.headers.get(name), name).toBe(value);
}

async function expectHostProblem(response: Response, status: number, lang: "sv" | "en") {
  expect(response.status).toBe(status);
  expectSecurityHeaders(response);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  expect(response.headers.get("x-correlation-id")).toMatch(/^[0-9a-f-]{36}$/);
  const problem = (await response.json()) as ProblemDetails;
  expect(problem.status).toBe(status);
  expect(problem.detail).toMatch(lang === "sv" ? /[åäö]|Adressen|stor/ : /address|large|takes/i);
  return problem;
}

describe("security headers on every answer of the local host", () => {
  const fingerprint = () => storeFingerprint(api.services.config.storageConnectionString, api.services.config.tablePrefix);

  it("on the host's own refusals, in Swedish and English, with nothing stored", async () => {
    const before = await fingerprint();
    const token = await api.token("coordinator");
    for (const lang of ["sv", "en"] as const) {
      const headers = { "Accept-Language": lang, Authorization: `Bearer ${token}` };
      await expectHostProblem(await fetch(`${api.url}/api/no-such-route`, { headers }), 404, lang);
      await expectHostProblem(await fetch(`${api.url}/`, { headers }), 404, lang);
      const wrongMethod = await fetch(`${api.url}/api/courses`, { method: "DELETE", headers });
      await expectHostProblem(wrongMethod, 405, lang);
      expect(wrongMethod.headers.get("allow")).toBe("GET, POST");
      const tooLarge = await fetch(`${api.url}/api/courses`, {
        method: "POST",
        headers: { ...headers, "Content-Type": "application/json" },
        body: `{"title":"${"x".repeat(MAX_BODY_BYTES)}"}`,
      });
      await expectHostProblem(tooLarge, 413, lang);
      const brokenPath = await fetch(`${api.url}/api/courses/%zz/registrations`, { method: "POST", headers: { ...headers, "Content-Type": "application/json" }, body: "{}" });
      expect((await expectHostProblem(brokenPath, 400, lang)).errors).toEqual([{ field: "path", message: "percent-encoding" }]);
    }
    expect(await fingerprint()).toEqual(before);
  });

  it("on the routes' answers: success, refusal and CORS preflight", async () => {
    const answers = [
      await api.get("/api/health", { token: null }),
      await api.get("/api/me"),
      await api.get("/api/me", { token: null }),
      await api.get("/api/reports/participation?from=2030-01-01&to=2030-01-31"),
      await fetch(`${api.url}/api/me`, { method: "OPTIONS", headers: { Origin: "https://evil.example.org", "Access-Control-Request-Method": "GET" } }),
    ];
    expect(answers.map((r) => r.status)).toEqual([200, 200, 401, 403, expect.any(Number)]);
    for (const response of answers) expectSecurityHeaders(response);
  });
});
