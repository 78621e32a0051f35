import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { X509Certificate } from "node:crypto";
import { describe, expect, it } from "vitest";
import { certificateOf, CertificateError, msalConfiguration } from "./msalTokenProvider.js";

const tenantId = "11111111-2222-3333-4444-555555555555";
const clientId = "66666666-7777-8888-9999-000000000000";

function selfSignedPem(): string {
  const dir = mkdtempSync(join(tmpdir(), "cw-cert-"));
  execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", join(dir, "k.pem"), "-out", join(dir, "c.pem"), "-days", "1", "-subj", "/CN=campus-westum-test"], { stdio: "ignore" });
  return readFileSync(join(dir, "c.pem"), "utf8") + readFileSync(join(dir, "k.pem"), "utf8");
}

describe("msal configuration", () => {
  it("uses the tenant's authority and the client secret", () => {
    expect(msalConfiguration({ tenantId, clientId, credential: { kind: "secret", secret: "s3cret" } })).toEqual({
      auth: { clientId, authority: `https://login.microsoftonline.com/${tenantId}`, clientSecret: "s3cret" },
    });
  });

  it("turns a PEM bundle into a SHA-256 thumbprint, the private key and x5c", () => {
    const pem = selfSignedPem();
    const auth = msalConfiguration({ tenantId, clientId, credential: { kind: "certificate", pem } }).auth;
    const cert = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(pem)![0];
    expect(auth.clientCertificate).toEqual({
      thumbprintSha256: new X509Certificate(cert).fingerprint256.replace(/:/g, ""),
      privateKey: expect.stringContaining("PRIVATE KEY"),
      x5c: cert,
    });
    expect(auth.clientSecret).toBeUndefined();
  });

  it("names what a PEM lacks", () => {
    expect(() => certificateOf("-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----")).toThrow(CertificateError);
    expect(() => certificateOf(selfSignedPem().replace(/-----BEGIN PRIVATE KEY-----[\s\S]+/, ""))).toThrow(/PRIVATE KEY/);
  });
});
