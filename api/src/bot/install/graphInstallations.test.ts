// What each Graph answer to an installation means for the delivery: hers (unreachable), the
// app's (refused), or a wait (retry), as graphInstallations.ts documents.
import { GraphError, type Client } from "@microsoft/microsoft-graph-client";
import { describe, expect, it } from "vitest";
import { GraphInstallations } from "./graphInstallations.js";

const APP = "7c2d9e4f-1a3b-4c5d-8e6f-0a1b2c3d4e5f";
const USER = "0b0c5a1e-6f0a-4c3e-9d2b-7a1f3e5d9c01";

function graphError(status: number, message: string, retryAfter?: string): GraphError {
  const error = new GraphError(status, message);
  error.code = status === 409 ? "Conflict" : "Forbidden";
  if (retryAfter) error.headers = new Headers({ "Retry-After": retryAfter });
  return error;
}

/** A client whose every request fails with `error`, or answers `answers` in turn. */
function client(answer: (path: string) => unknown): { client: Client; posted: unknown[] } {
  const posted: unknown[] = [];
  const request = (path: string) => {
    const chain = {
      expand: () => chain,
      filter: () => chain,
      get: async () => answer(path),
      post: async (body: unknown) => {
        posted.push(body);
        return answer(path);
      },
    };
    return chain;
  };
  return { client: { api: request } as unknown as Client, posted };
}

const failing = (error: GraphError) => client(() => Promise.reject(error));

describe("installing the app for a person", () => {
  it("binds the tenant catalogue's app, and takes 409 as already installed", async () => {
    const ok = client(() => undefined);
    expect(await new GraphInstallations(ok.client, "https://graph.microsoft.com", APP).install(USER)).toEqual({ kind: "installed", installed: true });
    expect(ok.posted).toEqual([{ "teamsApp@odata.bind": `https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/${APP}` }]);
    const conflict = failing(graphError(409, "App is already installed."));
    expect(await new GraphInstallations(conflict.client, "https://graph.microsoft.com", APP).install(USER)).toEqual({ kind: "installed", installed: false });
  });

  it.each([
    [404, "Not Found", "unreachable"],
    [403, "Failed to get license information for the user. Ensure user has a valid Office365 license assigned to them.", "unreachable"],
    [403, "App is blocked by app permission policy. TenantId: t, UserObjectId: u, AppId: a, AppType: Private", "unreachable"],
    [403, "Missing role permissions on the request. API requires one of 'TeamsAppInstallation.ReadWriteSelfForUser.All'.", "refused"],
    [401, "Access token is empty or invalid.", "refused"],
    [400, "teamsApp@odata.bind is missing", "refused"],
    [503, "The service is temporarily unavailable.", "retry"],
    [-1, "TimeoutError", "retry"],
  ])("%i %s: %s", async (status, message, kind) => {
    const { client: c } = failing(graphError(status, message));
    expect((await new GraphInstallations(c, "https://graph.microsoft.com", APP).install(USER)).kind).toBe(kind);
  });

  it("hands Graph's Retry-After of a 429 to the worker", async () => {
    const { client: c } = failing(graphError(429, "Too many requests.", "7.5"));
    expect(await new GraphInstallations(c, "https://graph.microsoft.com", APP).install(USER)).toMatchObject({ kind: "retry", afterMs: 7500 });
  });
});

describe("reading her chat", () => {
  it("finds the installation, then its chat", async () => {
    const { client: c } = client((path) => (path.endsWith("/chat") ? { id: "19:chat@unq.gbl.spaces" } : { value: [{ id: "inst-1" }] }));
    expect(await new GraphInstallations(c, "https://graph.microsoft.com", APP).chatOf(USER)).toEqual({ kind: "chat", chatId: "19:chat@unq.gbl.spaces" });
  });

  it("tries again later when the installation is not listed yet", async () => {
    const { client: c } = client(() => ({ value: [] }));
    expect((await new GraphInstallations(c, "https://graph.microsoft.com", APP).chatOf(USER)).kind).toBe("retry");
  });
});
