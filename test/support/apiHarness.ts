// An API for integration tests: real services over the injected Azurite, served by the same
// local host as `npm start`, on a free port. Each harness gets its own tables.
import type { AddressInfo } from "node:net";
import { inject } from "vitest";
import type { MemberDetail } from "../../api/src/contract/index.js";
import { loadConfig } from "../../api/src/config.js";
import { createLocalServer } from "../../api/src/dev/server.js";
import { routeHostOf } from "../../api/src/http/route.js";
import { silentLogger } from "../../api/src/logger.js";
import { apiRoutes, localModeRoutes } from "../../api/src/routes.js";
import { sampleDirectory } from "../../api/src/sample/directory.js";
import { SAMPLE_PROJECTS } from "../../api/src/sample/projects.js";
import { seedCatalogueIfEmpty } from "../../api/src/sample/seedCatalogue.js";
import { createServices, type Services } from "../../api/src/services.js";

let counter = 0;

export interface ApiHarness {
  url: string;
  services: Services;
  /** A bearer token of a local sample user ("teacher" or "coordinator"). */
  token(userId?: string): Promise<string>;
  get(path: string, init?: { token?: string | null; headers?: Record<string, string> }): Promise<Response>;
  /** Any method with an optional JSON body; the token defaults to the teacher's. */
  send(method: string, path: string, init?: { token?: string | null; body?: unknown; headers?: Record<string, string> }): Promise<Response>;
  /** A token for any staff person (or coordinator), signed by the local identity like the sample users'. */
  tokenFor(person: { oid: string; name: string; email: string; coordinator?: boolean }): Promise<string>;
  close(): Promise<void>;
}

export async function startApiHarness(
  options: { members?: MemberDetail[]; env?: Record<string, string>; catalogue?: boolean } = {},
): Promise<ApiHarness> {
  const prefix = `t${process.pid}x${++counter}x${Math.random().toString(36).slice(2, 7)}`;
  const config = loadConfig({ STORAGE_CONNECTION_STRING: inject("storage"), TABLE_PREFIX: prefix, DIRECTORY_REFRESH_SECONDS: "0", WRITES_PER_MINUTE: "1000000", WRITE_BURST: "1000000", ...options.env });
  const services = await createServices(config, silentLogger);
  const members = options.members ?? sampleDirectory();
  await services.members.save(members);
  // Local mode has the sample projects; with SharePoint they come from the Projekt list.
  if (!config.sharepoint) await services.projects.save(SAMPLE_PROJECTS);
  if (options.catalogue) await seedCatalogueIfEmpty(services, members);
  const server = createLocalServer([...apiRoutes, ...localModeRoutes], routeHostOf(services));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const token = async (userId = "teacher") => (await services.localIdentity!.issueToken(userId))!.accessToken;
  return {
    url,
    services,
    token,
    async get(path, init = {}) {
      const bearer = init.token === undefined ? await token() : init.token;
      return fetch(`${url}${path}`, { headers: { ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}), ...init.headers } });
    },
    async send(method, path, init = {}) {
      const bearer = init.token === undefined ? await token() : init.token;
      const headers: Record<string, string> = { ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}), ...init.headers };
      if (init.body !== undefined) headers["Content-Type"] = "application/json";
      return fetch(`${url}${path}`, { method, headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
    },
    tokenFor: (person) =>
      services.localIdentity!.sign({
        ...services.localIdentity!.baseClaims("teacher"),
        oid: person.oid,
        name: person.name,
        preferred_username: person.email,
        roles: person.coordinator ? ["Coordinator"] : [],
      }),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
