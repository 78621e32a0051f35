// The API's local host (api/src/dev/main.ts, as `npm start` runs it) in a production-like
// configuration: Entra and SharePoint settings present. Without a bot identity it refuses to
// start and names the settings (without SharePoint likewise: api/src/sharepoint/sharepointConfig.test.ts); with the bot turned off it starts, and /api/messages answers 503 problem+json.
import { expect, inject, it } from "vitest";
import { startApi } from "../../scripts/lib/processes.mjs";
import { UNSERVED_SHAREPOINT } from "../support/productionSettings.js";

const ENTRA = { AAD_TENANT_IDS: "5d7b3c2a-1e4f-4a6b-8c9d-0e1f2a3b4c5d", AAD_APP_CLIENT_ID: "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", CALENDAR_LINK_KEY: "test-calendar-link-key-of-32-characters", ...UNSERVED_SHAREPOINT };

it("refuses to start without a bot identity, naming the settings", { timeout: 90_000 }, async () => {
  const started = startApi({ env: { ...ENTRA, STORAGE_CONNECTION_STRING: inject("storage") }, quiet: true });
  const error = await started.then(
    async (api) => {
      await api.stop();
      return undefined;
    },
    (e: Error) => e,
  );
  expect(error?.message).toMatch(/stopped before/);
  expect(error?.message).toMatch(/BOT_ID.*BOT_TENANT_ID.*BOT_PASSWORD.*BOT_ENABLED=false/);
  expect(error?.message).not.toMatch(/at .*\.ts:\d+/); // a message, not a stack trace
});

it("starts with the bot turned off, and its endpoint answers 503 problem+json", { timeout: 90_000 }, async () => {
  const api = await startApi({ env: { ...ENTRA, BOT_ENABLED: "false", STORAGE_CONNECTION_STRING: inject("storage"), TABLE_PREFIX: `off${process.pid}` }, quiet: true });
  try {
    const response = await fetch(`${api.url}/api/messages`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ type: "message", channelId: "msteams", serviceUrl: "https://smba.trafficmanager.net/teams/" }) });
    expect(response.status).toBe(503);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect(api.output()).toContain("BOT_ENABLED=false");
  } finally {
    await api.stop();
  }
});
