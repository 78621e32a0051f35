// App-only Graph tokens with msal-node's client credentials flow. msal keeps the token in its
// in-memory cache and renews it shortly before it expires, so every call may simply ask.
// The certificate form is preferred in production: msal signs a client assertion with the
// private key and sends the certificate (x5c) so that Entra can follow certificate rotation.
import { X509Certificate } from "node:crypto";
import type { ConfidentialClientApplication, Configuration } from "@azure/msal-node";
import type { GraphTokenProvider } from "./tokenProvider.js";

export const GRAPH_APP_SCOPE = "https://graph.microsoft.com/.default";

export type GraphCredential = { kind: "secret"; secret: string } | { kind: "certificate"; pem: string };

export interface MsalSettings {
  tenantId: string;
  clientId: string;
  credential: GraphCredential;
  /** Entra's sign-in host; other clouds differ. */
  authorityHost?: string;
}

export class CertificateError extends Error {
  override name = "CertificateError";
}

/** The msal configuration for the settings: pure, so it is tested without a network. */
export function msalConfiguration(settings: MsalSettings): Configuration {
  const auth = {
    clientId: settings.clientId,
    authority: `${settings.authorityHost ?? "https://login.microsoftonline.com"}/${settings.tenantId}`,
  };
  if (settings.credential.kind === "secret") return { auth: { ...auth, clientSecret: settings.credential.secret } };
  return { auth: { ...auth, clientCertificate: certificateOf(settings.credential.pem) } };
}

/** Splits a PEM bundle (certificate + private key, as Key Vault exports it) into what msal needs. */
export function certificateOf(pem: string): { thumbprintSha256: string; privateKey: string; x5c: string } {
  const certificate = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(pem)?.[0];
  const privateKey = /-----BEGIN (?:RSA |EC )?PRIVATE KEY-----[\s\S]+?-----END (?:RSA |EC )?PRIVATE KEY-----/.exec(pem)?.[0];
  if (!certificate) throw new CertificateError("The certificate PEM has no CERTIFICATE block.");
  if (!privateKey) throw new CertificateError("The certificate PEM has no unencrypted PRIVATE KEY block.");
  const thumbprintSha256 = new X509Certificate(certificate).fingerprint256.replace(/:/g, "");
  return { thumbprintSha256, privateKey, x5c: certificate };
}

export function msalTokenProvider(settings: MsalSettings): GraphTokenProvider {
  // msal-node is imported at the first token, so that the API's cold start does not load it.
  let app: Promise<ConfidentialClientApplication> | undefined;
  return {
    async getAccessToken() {
      app ??= import("@azure/msal-node").then((msal) => new msal.ConfidentialClientApplication(msalConfiguration(settings)));
      const result = await (await app).acquireTokenByClientCredential({ scopes: [GRAPH_APP_SCOPE] });
      if (!result?.accessToken) throw new Error("msal returned no access token for Microsoft Graph");
      return result.accessToken;
    },
  };
}
