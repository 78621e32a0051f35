// Bearer-token validation with jose: signature, algorithm, issuer, audience, expiry, not-before
// and tenant; then the claims that make it a user's token for this app (see toPrincipal). The
// same code validates Entra ID tokens in production and the local identity's tokens in local
// mode; only the key set and the issuer pattern differ.
import { errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from "jose";
import { USER_SCOPE } from "./allowedClients.js";
import { COORDINATOR_APP_ROLE, type Principal } from "./principal.js";
import { TokenError } from "./tokenError.js";

export interface TokenValidationOptions {
  tenantIds: readonly string[];
  /** Accepted `aud` values: the API's client id and its Application ID URI. */
  audiences: readonly string[];
  /** The issuers a tenant's tokens may carry (Entra: the v1 and the v2 issuer). */
  issuersOf: (tenantId: string) => string[];
  keys: JWTVerifyGetKey;
  /** Client applications (azp / appid) that may call for a user: see allowedClients.ts. */
  allowedClientIds: readonly string[];
}

/** Entra's object and tenant ids are GUIDs; anything else is not a token Entra issued for a user. */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Seconds of clock skew tolerated between the token issuer and this server. */
const CLOCK_TOLERANCE_SECONDS = 60;

export type TokenValidator = (authorizationHeader: string | null | undefined) => Promise<Principal>;

/** Validated tokens remembered, so a tab's burst of requests verifies its signature once. */
const CACHE_SIZE = 2000;

export function createTokenValidator(options: TokenValidationOptions): TokenValidator {
  const issuers = options.tenantIds.flatMap(options.issuersOf);
  const validated = new Map<string, { principal: Principal; expiresAt: number }>();
  return async (authorizationHeader) => {
    if (!authorizationHeader) throw new TokenError("missing", "No bearer token");
    const match = /^Bearer ([A-Za-z0-9\-_]+\.[A-Za-z0-9\-_]*\.[A-Za-z0-9\-_]*)$/.exec(authorizationHeader.trim());
    if (!match) throw new TokenError("malformed", "The Authorization header is not 'Bearer <JWT>'");
    const token = match[1]!;
    const cached = validated.get(token);
    if (cached && cached.expiresAt > Date.now()) return cached.principal;
    validated.delete(token);
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, options.keys, {
        algorithms: ["RS256"],
        issuer: issuers,
        audience: [...options.audiences],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ["exp", "iat", "tid", "oid"],
      }));
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw new TokenError("expired", "The token has expired");
      throw new TokenError("invalid", error instanceof Error ? `${error.name}: ${error.message}` : "Invalid token");
    }
    const principal = toPrincipal(payload, options);
    if (validated.size >= CACHE_SIZE) validated.delete(validated.keys().next().value!);
    // Cached until the token expires, never beyond (no clock tolerance on the cache).
    validated.set(token, { principal, expiresAt: payload.exp! * 1000 });
    return principal;
  };
}

/**
 * The claims Microsoft's access-token reference documents (learn.microsoft.com/entra/identity-platform/
 * access-token-claims-reference): `oid` and `tid` are GUIDs; `scp` (space-separated) is "only
 * included for user tokens", while an app-only token (client credentials) carries `roles` only and,
 * with the optional claim configured in appPackage/aad.manifest.json, `idtyp: "app"`; the client is
 * `azp` in v2 tokens and `appid` in v1 tokens. `name` and `preferred_username` are mutable and for
 * display: the caller's id is `oid`, never a name or an e-mail.
 */
function toPrincipal(payload: JWTPayload, options: TokenValidationOptions): Principal {
  const claim = (name: string) => (typeof payload[name] === "string" ? (payload[name] as string) : undefined);
  const guid = (name: string) => {
    const value = claim(name);
    return value !== undefined && GUID.test(value) ? value.toLowerCase() : undefined;
  };
  const tenantId = guid("tid");
  if (!tenantId) throw new TokenError("claims", "The token's tid claim is not a tenant id (GUID)");
  if (!options.tenantIds.some((t) => t.toLowerCase() === tenantId)) throw new TokenError("invalid", "The token is from another tenant");
  // With several tenants configured, jose accepts any of their issuers: the issuer must be the token's own tenant's.
  if (!options.issuersOf(claim("tid")!).includes(payload.iss!)) throw new TokenError("invalid", "The issuer is not the token's tenant");
  const id = guid("oid");
  if (!id) throw new TokenError("claims", "The token's oid claim is not an object id (GUID)");

  const roles = Array.isArray(payload.roles) ? payload.roles : [];
  const scopes = claim("scp")?.split(" ") ?? [];
  if (payload.idtyp === "app" || (payload.scp === undefined && roles.length > 0)) throw new TokenError("app-only", "An app-only token: the API answers for signed-in users only");
  if (!scopes.includes(USER_SCOPE)) throw new TokenError("scope", `The token lacks the delegated scope ${USER_SCOPE}`);
  const client = (payload.ver === "1.0" ? claim("appid") : claim("azp"))?.toLowerCase();
  if (!client || !options.allowedClientIds.some((allowed) => allowed.toLowerCase() === client)) {
    throw new TokenError("client", "The token's client application (azp/appid) may not call this API");
  }

  // v2 tokens name the user in preferred_username, v1 tokens in upn or unique_name.
  const email = claim("preferred_username") ?? claim("upn") ?? claim("unique_name") ?? "";
  return {
    id,
    name: claim("name") ?? email,
    email,
    tenantId,
    role: roles.includes(COORDINATOR_APP_ROLE) ? "coordinator" : "staff",
  };
}
