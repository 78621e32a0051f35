import { describe, expect, it } from "vitest";
import { loadBotConfig } from "./botConfig.js";

const APP = "0b0c5a1e-6f0a-4c3e-9d2b-7a1f3e5d9c01";
const TENANT = "5d7b3c2a-1e4f-4a6b-8c9d-0e1f2a3b4c5d";
const KEY = "-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----";
const THUMBPRINT = "0123456789abcdef0123456789abcdef01234567";
const secret = { BOT_ID: APP, BOT_PASSWORD: "s3cret", BOT_TENANT_ID: TENANT };

describe("the bot's identity", () => {
  it("is required outside local mode, naming the settings and the way to turn the bot off", () => {
    expect(() => loadBotConfig({}, "production")).toThrow(/BOT_ID.*BOT_TENANT_ID.*BOT_PASSWORD.*BOT_ENABLED=false/);
  });

  it("may be absent in local mode (the Agents Playground), which then allows loopback addresses only", () => {
    expect(loadBotConfig({}, "local")).toMatchObject({ enabled: true, auth: undefined, serviceUrls: { kind: "loopback" } });
  });

  it("is not needed when the bot is turned off", () => {
    expect(loadBotConfig({ BOT_ENABLED: "false" }, "production")).toMatchObject({ enabled: false, auth: undefined });
    expect(() => loadBotConfig({ BOT_ENABLED: "no" }, "production")).toThrow(/BOT_ENABLED/);
  });

  it("takes a secret, a certificate or a user-assigned managed identity", () => {
    expect(loadBotConfig(secret, "production").auth).toEqual({ appId: APP, tenantId: TENANT, appType: "SingleTenant", credential: { kind: "secret", secret: "s3cret" } });
    const certificate = loadBotConfig({ BOT_ID: APP, BOT_TENANT_ID: TENANT, BOT_CERTIFICATE_THUMBPRINT: THUMBPRINT, BOT_CERTIFICATE_PRIVATE_KEY: KEY }, "production");
    expect(certificate.auth?.credential).toEqual({ kind: "certificate", thumbprint: THUMBPRINT, privateKey: KEY });
    const msi = loadBotConfig({ BOT_ID: APP, BOT_TENANT_ID: TENANT, BOT_APP_TYPE: "UserAssignedMSI" }, "production");
    expect(msi.auth?.credential).toEqual({ kind: "managedIdentity" });
    expect(loadBotConfig({ BOT_ID: APP, BOT_PASSWORD: "s", BOT_APP_TYPE: "MultiTenant" }, "production").auth?.appType).toBe("MultiTenant");
  });

  it.each([
    ["a SingleTenant bot without BOT_TENANT_ID", { BOT_ID: APP, BOT_PASSWORD: "s" }, /BOT_TENANT_ID/],
    ["a managed-identity bot with a password", { ...secret, BOT_APP_TYPE: "UserAssignedMSI" }, /UserAssignedMSI.*BOT_PASSWORD/],
    ["a managed-identity bot without BOT_TENANT_ID", { BOT_ID: APP, BOT_APP_TYPE: "UserAssignedMSI" }, /BOT_TENANT_ID/],
    ["an app id without a credential", { BOT_ID: APP, BOT_TENANT_ID: TENANT }, /BOT_PASSWORD/],
    ["a password without an app id", { BOT_PASSWORD: "s" }, /BOT_ID/],
    ["half a certificate", { BOT_ID: APP, BOT_TENANT_ID: TENANT, BOT_CERTIFICATE_THUMBPRINT: THUMBPRINT }, /BOT_CERTIFICATE_PRIVATE_KEY/],
    ["a password and a certificate", { ...secret, BOT_CERTIFICATE_THUMBPRINT: THUMBPRINT, BOT_CERTIFICATE_PRIVATE_KEY: KEY }, /one bot credential/],
    ["an app id that is not a GUID", { ...secret, BOT_ID: "my-bot" }, /BOT_ID/],
  ])("refuses %s, naming the setting", (_name, env, message) => {
    expect(() => loadBotConfig(env, "production")).toThrow(message);
    expect(() => loadBotConfig(env, "local")).toThrow(message);
  });
});

describe("where the bot may send", () => {
  it("defaults to Teams' public Bot Connector and takes other https origins", () => {
    expect(loadBotConfig(secret, "production").serviceUrls).toEqual({ kind: "origins", origins: ["https://smba.trafficmanager.net"] });
    const gcc = loadBotConfig({ ...secret, BOT_SERVICE_URL_ORIGINS: "https://smba.infra.gcc.teams.microsoft.com/, https://smba.trafficmanager.net" }, "production");
    expect(gcc.serviceUrls).toEqual({ kind: "origins", origins: ["https://smba.infra.gcc.teams.microsoft.com", "https://smba.trafficmanager.net"] });
  });

  it.each(["http://smba.trafficmanager.net", "https://smba.trafficmanager.net/teams/", "*.trafficmanager.net", ","])("refuses the allow-list entry %s", (entry) => {
    expect(() => loadBotConfig({ ...secret, BOT_SERVICE_URL_ORIGINS: entry }, "production")).toThrow(/BOT_SERVICE_URL_ORIGINS/);
  });

  it("keeps the stand-ins' settings to loopback addresses", () => {
    expect(() => loadBotConfig({ ...secret, BOT_CONNECTOR_TOKEN: "t" }, "production")).toThrow(/BOT_CONNECTOR_TOKEN/);
    expect(() => loadBotConfig({ ...secret, BOT_OPENID_METADATA_URL: "https://login.evil.example/meta" }, "production")).toThrow(/BOT_OPENID_METADATA_URL/);
    expect(() => loadBotConfig({ BOT_OPENID_METADATA_URL: "http://127.0.0.1:9/meta" }, "local")).toThrow(/BOT_OPENID_METADATA_URL.*BOT_ID/);
    const standIn = loadBotConfig({ ...secret, BOT_SERVICE_URL_ORIGINS: "http://127.0.0.1:4000", BOT_CONNECTOR_TOKEN: "t", BOT_OPENID_METADATA_URL: "http://127.0.0.1:9/meta" }, "production");
    expect(standIn.standIn).toEqual({ connectorToken: "t", openIdMetadataUrl: "http://127.0.0.1:9/meta" });
    expect(loadBotConfig({ BOT_CONNECTOR_TOKEN: "t" }, "local").standIn.connectorToken).toBe("t");
  });
});

describe("proactive installation", () => {
  const CATALOG_APP = "7c2d9e4f-1a3b-4c5d-8e6f-0a1b2c3d4e5f";

  it("is off unless the app's catalogue id is set, and then uses Teams' public service URL", () => {
    expect(loadBotConfig(secret, "production").install).toBeUndefined();
    expect(loadBotConfig({ ...secret, BOT_INSTALL_APP_ID: CATALOG_APP }, "production").install).toEqual({ catalogAppId: CATALOG_APP, serviceUrl: "https://smba.trafficmanager.net/teams/" });
  });

  it("refuses a service URL the bot may not call, and a catalogue id that is not a GUID", () => {
    expect(() => loadBotConfig({ ...secret, BOT_INSTALL_APP_ID: CATALOG_APP, BOT_INSTALL_SERVICE_URL: "https://attacker.example/teams/" }, "production")).toThrow(/BOT_INSTALL_SERVICE_URL.*BOT_SERVICE_URL_ORIGINS/);
    expect(() => loadBotConfig({ ...secret, BOT_INSTALL_APP_ID: "com.westum.campus" }, "production")).toThrow(/BOT_INSTALL_APP_ID/);
  });
});
