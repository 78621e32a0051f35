// A local stand-in for the Bot Framework's side of "connector to bot" authentication
// (learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication):
// it serves the OpenID metadata document (as login.botframework.com/v1/.well-known/
// openidconfiguration does) whose jwks_uri lists the signing keys, each with the channel ids it
// endorses, and signs tokens as the Bot Connector sends them with each activity: RS256,
// issuer https://api.botframework.com, audience the bot's app id, a short lifetime, and the
// activity's serviceUrl in the `serviceurl` claim. The API points botbuilder's own validation
// at this metadata (BOT_OPENID_METADATA_URL), so tests exercise the path production uses.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from "jose";

export const BOT_FRAMEWORK_ISSUER = "https://api.botframework.com";

export interface ChannelTokenStandIn {
  /** For BOT_OPENID_METADATA_URL. */
  metadataUrl: string;
  /** A token as the Bot Connector would send it for this activity, or altered by `claims`. */
  sign(claims: { aud: string; serviceurl: string } & JWTPayload, options?: { forged?: boolean; expiresInSeconds?: number }): Promise<string>;
  /** Metadata and key requests served so far. */
  requests: number;
  /** From now on, answer metadata and key requests with 500 (the service having trouble). */
  failing: boolean;
  close(): Promise<void>;
}

export async function startChannelTokenStandIn(options: { endorsements?: string[] } = {}): Promise<ChannelTokenStandIn> {
  const kid = "stand-in-key-1";
  const trusted = await generateKeyPair("RS256");
  // Signs with the same kid but a key the metadata does not list: a forged signature.
  const forger = await generateKeyPair("RS256");
  const jwk = { ...(await exportJWK(trusted.publicKey)), kid, use: "sig", alg: "RS256", endorsements: options.endorsements ?? ["msteams"] };
  const state = { requests: 0, failing: false };

  const server: Server = createServer((req, res) => {
    state.requests++;
    const send = (status: number, body: unknown) => res.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(body));
    if (state.failing) return send(500, { error: "stand-in failing" });
    if (req.url === "/v1/.well-known/openidconfiguration") {
      return send(200, {
        issuer: BOT_FRAMEWORK_ISSUER,
        authorization_endpoint: "https://invalid.botframework.com",
        jwks_uri: `${url}/v1/.well-known/keys`,
        id_token_signing_alg_values_supported: ["RS256"],
        token_endpoint_auth_methods_supported: ["private_key_jwt"],
      });
    }
    if (req.url === "/v1/.well-known/keys") return send(200, { keys: [jwk] });
    send(404, { error: "not found" });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const signWith = (key: CryptoKey, claims: JWTPayload, expiresInSeconds: number) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: "RS256", kid, typ: "JWT" })
      .setIssuer(BOT_FRAMEWORK_ISSUER)
      .setIssuedAt()
      .setNotBefore(Math.floor(Date.now() / 1000) - 5)
      .setExpirationTime(Math.floor(Date.now() / 1000) + expiresInSeconds)
      .sign(key);

  return {
    metadataUrl: `${url}/v1/.well-known/openidconfiguration`,
    sign: (claims, { forged = false, expiresInSeconds = 3600 } = {}) => signWith(forged ? forger.privateKey : trusted.privateKey, claims, expiresInSeconds),
    get requests() {
      return state.requests;
    },
    get failing() {
      return state.failing;
    },
    set failing(value: boolean) {
      state.failing = value;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
