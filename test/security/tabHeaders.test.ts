// The tabs' security headers: framed by Teams and the Microsoft 365 hosts only, no inline or eval'd
// script, the same headers from the Vite servers and in the Static Web Apps configuration.
import { describe, expect, it } from "vitest";
import { TEAMS_FRAME_ANCESTORS, tabSecurityHeaders } from "../../tabs/securityHeaders.js";
import viteConfig from "../../tabs/vite.config.js";

const directives = (csp: string) => Object.fromEntries(csp.split("; ").map((d) => { const [name, ...sources] = d.split(" "); return [name!, sources]; }));

describe("tab security headers", () => {
  const headers = tabSecurityHeaders({ apiOrigin: "https://campus-api.azurewebsites.net" });
  const csp = directives(headers["Content-Security-Policy"]!);

  it("let the Teams and Microsoft 365 hosts frame the tabs, as Microsoft's tab requirements list them", () => {
    for (const host of ["https://teams.microsoft.com", "https://*.teams.microsoft.com", "https://*.cloud.microsoft", "https://*.microsoft365.com", "https://*.office.com", "https://outlook.office.com", "https://outlook.office365.com"]) {
      expect(csp["frame-ancestors"]).toContain(host);
    }
    expect(csp["frame-ancestors"]).toEqual(["'self'", ...TEAMS_FRAME_ANCESTORS]);
    expect(csp["frame-ancestors"]!.every((source) => source === "'self'" || source.startsWith("https://"))).toBe(true);
    expect(headers["X-Frame-Options"]).toBeUndefined(); // it would forbid Teams too: it has no allow-list
  });

  it("allow script from the site only, and calls to the API's origin", () => {
    expect(csp["script-src"]).toEqual(["'self'"]);
    expect(csp["default-src"]).toEqual(["'self'"]);
    expect(csp["object-src"]).toEqual(["'none'"]);
    expect(csp["connect-src"]).toEqual(["'self'", "https://campus-api.azurewebsites.net"]);
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Strict-Transport-Security"]).toMatch(/max-age=\d+/);
  });

  it("are sent by the Vite dev and preview servers", () => {
    const config = viteConfig as { server?: { headers?: Record<string, string> }; preview?: { headers?: Record<string, string> } };
    expect(config.preview?.headers?.["Content-Security-Policy"]).toMatch(/frame-ancestors 'self' https:\/\/teams\.microsoft\.com/);
    expect(config.server?.headers?.["Content-Security-Policy"]).toMatch(/connect-src 'self'.* ws:/);
    expect(config.server?.headers?.["Strict-Transport-Security"]).toBeUndefined();
  });
});
