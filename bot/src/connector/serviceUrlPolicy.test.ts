import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { serviceOrigin, serviceUrlAllowed, TEAMS_PUBLIC_SERVICE_ORIGINS } from "./serviceUrlPolicy.js";

const teams = { kind: "origins" as const, origins: TEAMS_PUBLIC_SERVICE_ORIGINS };
const loopback = { kind: "loopback" as const };

describe("the Bot Connector allow-list", () => {
  it("allows Teams' public serviceUrls, whatever their regional path", () => {
    for (const url of ["https://smba.trafficmanager.net/teams/", "https://smba.trafficmanager.net/emea/", "https://SMBA.trafficmanager.net:443/amer/"]) {
      expect(serviceUrlAllowed(url, teams)).toBe(true);
    }
  });

  it("refuses look-alikes, other schemes, credentials in the URL and non-text", () => {
    for (const url of [
      "http://smba.trafficmanager.net/teams/",
      "https://smba.trafficmanager.net.evil.example/teams/",
      "https://evil.example/smba.trafficmanager.net/",
      "https://smba.trafficmanager.net@evil.example/",
      "https://user:pw@smba.trafficmanager.net/teams/",
      "https://smba.trafficmanager.net:8443/teams/",
      "ftp://smba.trafficmanager.net/",
      "//smba.trafficmanager.net/teams/",
      "",
      42,
      undefined,
    ]) {
      expect(serviceUrlAllowed(url, teams), String(url)).toBe(false);
    }
  });

  it("admits no URL whose origin is not listed (generated)", () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        expect(serviceUrlAllowed(url, teams)).toBe(new URL(url).origin === "https://smba.trafficmanager.net" && !new URL(url).username && !new URL(url).password);
      }),
    );
  });

  it("in local mode admits this machine's addresses only", () => {
    expect(serviceUrlAllowed("http://127.0.0.1:56150", loopback)).toBe(true);
    expect(serviceUrlAllowed("http://localhost:3978/", loopback)).toBe(true);
    expect(serviceUrlAllowed("http://[::1]:9/", loopback)).toBe(true);
    for (const url of ["https://smba.trafficmanager.net/teams/", "http://127.0.0.1.nip.io/", "http://localhost.evil.example/", "http://127.0.0.1@evil.example/", "http://169.254.169.254/"]) {
      expect(serviceUrlAllowed(url, loopback), url).toBe(false);
    }
    fc.assert(
      fc.property(fc.webUrl(), (url) => {
        expect(serviceUrlAllowed(url, loopback)).toBe(false);
      }),
    );
  });

  it("reads allow-list entries as origins: https, or http on loopback only", () => {
    expect(serviceOrigin("https://smba.infra.gcc.teams.microsoft.com")).toBe("https://smba.infra.gcc.teams.microsoft.com");
    expect(serviceOrigin("http://127.0.0.1:4000/")).toBe("http://127.0.0.1:4000");
    for (const entry of ["http://smba.trafficmanager.net", "https://smba.trafficmanager.net/teams/", "smba.trafficmanager.net", "https://x@smba.trafficmanager.net"]) {
      expect(serviceOrigin(entry), entry).toBeUndefined();
    }
  });
});
