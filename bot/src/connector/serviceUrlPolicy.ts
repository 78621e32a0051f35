// Which Bot Connector addresses the bot may call. An activity's serviceUrl is where the bot
// answers it and where proactive messages for its conversation go later, so it is the one
// address a sender could choose for us: every call to the Bot Connector goes through this check.
//   - With a bot identity, the Bot Framework signs the serviceUrl into its token (claim
//     `serviceurl`), and the address must also be on an allow-list of Bot Framework origins.
//   - Without one (local mode: the Agents Playground, the Bot Connector stand-in), nothing is
//     signed, so only this machine's own addresses are allowed.

export type ServiceUrlPolicy = { kind: "loopback" } | { kind: "origins"; origins: readonly string[] };

/**
 * Teams' public Bot Connector (regional paths such as /teams/, /emea/, /amer/ under one host).
 * Other clouds' origins, documented with the Microsoft 365 Agents SDK's TeamsServiceEndpoints:
 * GCC https://smba.infra.gcc.teams.microsoft.com, GCC High https://smba.infra.gov.teams.microsoft.us,
 * DoD https://smba.infra.dod.teams.microsoft.us.
 */
export const TEAMS_PUBLIC_SERVICE_ORIGINS: readonly string[] = ["https://smba.trafficmanager.net"];

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** The URL, when the text is an absolute http(s) URL without credentials in it. */
function parse(serviceUrl: unknown): URL | undefined {
  if (typeof serviceUrl !== "string" || serviceUrl.length > 2048) return undefined;
  let url: URL;
  try {
    url = new URL(serviceUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return undefined;
  if (url.username || url.password) return undefined;
  return url;
}

export const isLoopbackUrl = (url: URL): boolean => LOOPBACK_HOSTS.has(url.hostname);

export function serviceUrlAllowed(serviceUrl: unknown, policy: ServiceUrlPolicy): boolean {
  const url = parse(serviceUrl);
  if (!url) return false;
  if (policy.kind === "loopback") return isLoopbackUrl(url);
  // Plain http only for a loopback stand-in that the configuration lists explicitly.
  if (url.protocol === "http:" && !isLoopbackUrl(url)) return false;
  return policy.origins.includes(url.origin);
}

/** An allow-list entry as the policy compares it (its origin), or undefined when it is not one. */
export function serviceOrigin(entry: string): string | undefined {
  const url = parse(entry);
  if (!url || (url.pathname !== "/" && url.pathname !== "") || url.search || url.hash) return undefined;
  if (url.protocol === "http:" && !isLoopbackUrl(url)) return undefined;
  return url.origin;
}
