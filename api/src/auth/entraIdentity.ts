// Production identity: Entra ID access tokens for the API's own app registration, v1 or v2,
// from the configured tenant(s), checked against the tenant's published signing keys.
import { createRemoteJWKSet, type JWTVerifyGetKey } from "jose";
import { defaultAllowedClientIds } from "./allowedClients.js";
import { createTokenValidator, type TokenValidator } from "./tokenValidator.js";

export interface EntraSettings {
  tenantIds: string[];
  clientId: string;
  appIdUri?: string;
  /** AAD_ALLOWED_CLIENT_IDS; absent: the Microsoft 365 hosts and the app itself. */
  allowedClientIds?: string[];
}

export const entraIssuers = (tenantId: string) => [
  `https://login.microsoftonline.com/${tenantId}/v2.0`,
  `https://sts.windows.net/${tenantId}/`,
];

/** The tenant's published signing keys. Entra signs every tenant's tokens with the same key set; jose caches it and refetches on an unknown kid. */
export const entraSigningKeys = (tenantId: string): JWTVerifyGetKey =>
  createRemoteJWKSet(new URL(`https://login.microsoftonline.com/${tenantId}/discovery/v2.0/keys`));

/** `keys` is injectable so tests can run the production rules against a local key set. */
export function entraTokenValidator(settings: EntraSettings, keys: JWTVerifyGetKey = entraSigningKeys(settings.tenantIds[0]!)): TokenValidator {
  return createTokenValidator({
    tenantIds: settings.tenantIds,
    audiences: [settings.clientId, ...(settings.appIdUri ? [settings.appIdUri] : [])],
    issuersOf: entraIssuers,
    keys,
    allowedClientIds: settings.allowedClientIds ?? defaultAllowedClientIds(settings.clientId),
  });
}
