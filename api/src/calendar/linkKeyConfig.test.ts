// CALENDAR_LINK_KEY: required outside local mode, made per start in local mode.
import { describe, expect, it } from "vitest";
import { loadConfig } from "../config.js";

// Production needs SharePoint too: a static token for a loopback stand-in is the shortest complete set.
const sharepoint = { GRAPH_BASE_URL: "http://127.0.0.1:9", GRAPH_ACCESS_TOKEN: "t", SHAREPOINT_SITE: "site" };
const production = { AAD_TENANT_IDS: "3b9c5d2e-0000-4000-8000-00000000aaaa", AAD_APP_CLIENT_ID: "3b9c5d2e-0000-4000-8000-0000000c11e7", BOT_ENABLED: "false", ...sharepoint };

describe("the calendar links' key", () => {
  it("is required outside local mode, and refused when short", () => {
    expect(() => loadConfig(production)).toThrow(/CALENDAR_LINK_KEY is required outside local mode/);
    expect(() => loadConfig({ ...production, CALENDAR_LINK_KEY: "too-short" })).toThrow(/CALENDAR_LINK_KEY: at least 32 characters/);
    const key = "k".repeat(44);
    expect(loadConfig({ ...production, CALENDAR_LINK_KEY: key }).calendarLinks).toEqual({ key, generated: false, lifetimeDays: 180 });
  });

  it("is made at each start in local mode, unless one is given", () => {
    const [first, second] = [loadConfig({}).calendarLinks, loadConfig({}).calendarLinks];
    expect(first.generated).toBe(true);
    expect(first.key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(second.key).not.toBe(first.key);
    expect(loadConfig({ CALENDAR_LINK_KEY: "k".repeat(32), CALENDAR_LINK_DAYS: "7" }).calendarLinks).toEqual({ key: "k".repeat(32), generated: false, lifetimeDays: 7 });
    expect(() => loadConfig({ CALENDAR_LINK_DAYS: "0" })).toThrow(/CALENDAR_LINK_DAYS/);
  });
});
