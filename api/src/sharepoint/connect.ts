// Builds the Graph connection to the coordinators' site from the validated configuration:
// msal-node client credentials in production, the fixed stand-in token in development.
import { readFileSync } from "node:fs";
import type { SharePointConfig } from "../config.js";
import type { RetryOptions } from "./behaviors/retry.js";
import { createGraphClient } from "./graphClient.js";
import { msalTokenProvider } from "./msalTokenProvider.js";
import { SiteLists } from "./siteLists.js";
import { staticTokenProvider, type GraphTokenProvider } from "./tokenProvider.js";

export function graphTokens(auth: SharePointConfig["auth"]): GraphTokenProvider {
  if (auth.kind === "static") return staticTokenProvider(auth.token);
  const credential =
    auth.credential.kind === "secret"
      ? auth.credential
      : { kind: "certificate" as const, pem: auth.credential.pem ?? readFileSync(auth.credential.path!, "utf8") };
  return msalTokenProvider({ tenantId: auth.tenantId, clientId: auth.clientId, credential });
}

export function connectSharePoint(config: SharePointConfig, appVersion: string, retry?: Partial<RetryOptions>): SiteLists {
  const graph = createGraphClient({ tokens: graphTokens(config.auth), baseUrl: config.graphBaseUrl, appVersion, retry });
  return new SiteLists(graph, config.site, retry?.sleep);
}
