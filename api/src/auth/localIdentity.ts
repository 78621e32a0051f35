// Local mode's identity provider: a signing key made when the API starts issues Entra-shaped
// tokens for a few sample users, and the API validates them through the same validator as
// Entra tokens. Tokens from an earlier run stop validating after a restart; the tabs then fetch
// a new one.
import { SignJWT, createLocalJWKSet, exportJWK, generateKeyPair, type JWTPayload } from "jose";
import type { LocalUser } from "../contract/index.js";
import { defaultAllowedClientIds, USER_SCOPE } from "./allowedClients.js";
import { COORDINATOR_APP_ROLE } from "./principal.js";
import { createTokenValidator, type TokenValidator } from "./tokenValidator.js";

export const LOCAL_TENANT_ID = "7e57ca11-0000-4000-8000-000000000000";
export const LOCAL_CLIENT_ID = "7e57ca11-0000-4000-8000-00000000a9b1";
export const localIssuer = (tenantId: string) => `http://127.0.0.1/local-identity/${tenantId}/v2.0`;
const TOKEN_LIFETIME_SECONDS = 60 * 60;

export const LOCAL_USERS: readonly (LocalUser & { oid: string })[] = [
  {
    id: "teacher",
    oid: "7e57ca11-0000-4000-8000-0000000000a1",
    name: "Lisa Lärare",
    email: "lisa.larare@example.org",
    role: "staff",
    description: "Lärare på Lärcenter Falköping (exempelanvändare)",
  },
  {
    id: "coordinator",
    oid: "7e57ca11-0000-4000-8000-0000000000c1",
    name: "Sam Samordnare",
    email: "sam.samordnare@example.org",
    role: "coordinator",
    description: "Samordnare på Nätverk Westum (exempelanvändare)",
  },
];

export interface LocalIdentity {
  users: readonly LocalUser[];
  validator: TokenValidator;
  /** A token for a sample user, as Entra would issue it to the tab. */
  issueToken(userId: string): Promise<{ accessToken: string; expiresOn: string } | undefined>;
  /** Signs any claims with the local key: tests use it to make expired or mis-addressed tokens. */
  sign(claims: JWTPayload, options?: { expiresInSeconds?: number; notBefore?: number }): Promise<string>;
  baseClaims(userId: string): JWTPayload;
}

export async function createLocalIdentity(): Promise<LocalIdentity> {
  const { privateKey, publicKey } = await generateKeyPair("RS256");
  const publicJwk = { ...(await exportJWK(publicKey)), kid: "local-1", alg: "RS256", use: "sig" };
  const validator = createTokenValidator({
    tenantIds: [LOCAL_TENANT_ID],
    audiences: [LOCAL_CLIENT_ID],
    issuersOf: (tid) => [localIssuer(tid)],
    keys: createLocalJWKSet({ keys: [publicJwk] }),
    allowedClientIds: defaultAllowedClientIds(LOCAL_CLIENT_ID),
  });

  const sign: LocalIdentity["sign"] = async (claims, options = {}) => {
    const now = Math.floor(Date.now() / 1000);
    const jwt = new SignJWT(claims)
      .setProtectedHeader({ alg: "RS256", typ: "JWT", kid: "local-1" })
      .setIssuedAt(now)
      .setExpirationTime(now + (options.expiresInSeconds ?? TOKEN_LIFETIME_SECONDS));
    if (options.notBefore !== undefined) jwt.setNotBefore(options.notBefore);
    return jwt.sign(privateKey);
  };

  const baseClaims = (userId: string): JWTPayload => {
    const user = LOCAL_USERS.find((u) => u.id === userId);
    if (!user) throw new Error(`Unknown local user ${userId}`);
    return {
      iss: localIssuer(LOCAL_TENANT_ID),
      aud: LOCAL_CLIENT_ID,
      tid: LOCAL_TENANT_ID,
      oid: user.oid,
      name: user.name,
      preferred_username: user.email,
      ver: "2.0",
      // A delegated token the tab got with the app's own registration, as the production rules require.
      azp: LOCAL_CLIENT_ID,
      scp: USER_SCOPE,
      roles: user.role === "coordinator" ? [COORDINATOR_APP_ROLE] : [],
    };
  };

  return {
    users: LOCAL_USERS.map(({ oid: _oid, ...user }) => user),
    validator,
    sign,
    baseClaims,
    async issueToken(userId) {
      if (!LOCAL_USERS.some((u) => u.id === userId)) return undefined;
      const accessToken = await sign(baseClaims(userId));
      return { accessToken, expiresOn: new Date(Date.now() + TOKEN_LIFETIME_SECONDS * 1000).toISOString() };
    },
  };
}
