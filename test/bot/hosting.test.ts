// The bot hosted by the API at /api/messages (local mode: no Bot Framework token needed), with
// its replies going to the Bot Connector stand-in with the stand-in's bearer token (which it
// requires, as the service does); and the coordinators' delivery report. Authentication in a
// production-like configuration: authentication.test.ts.
import { afterAll, beforeAll, expect, it } from "vitest";
import { startApiHarness, type ApiHarness } from "../support/apiHarness.js";
import { BOT_CONNECTOR_STAND_IN_TOKEN, startBotConnectorStandIn, type BotConnectorStandIn } from "../bot-connector-stand-in/server.js";
import { botServicesOf } from "../../api/src/bot/botServices.js";

let api: ApiHarness;
let connector: BotConnectorStandIn;

beforeAll(async () => {
  [api, connector] = await Promise.all([startApiHarness({ env: { BOT_CONNECTOR_TOKEN: BOT_CONNECTOR_STAND_IN_TOKEN } }), startBotConnectorStandIn()]);
});
afterAll(async () => {
  await api.close();
  await connector.close();
});

const activity = (extra: Record<string, unknown>) => ({
  channelId: "msteams",
  serviceUrl: connector.url,
  from: { id: "29:user", name: "Lisa Lärare", aadObjectId: "oid-lisa" },
  recipient: { id: "28:bot", name: "Campus Westum" },
  conversation: { id: "a:personal-lisa", conversationType: "personal", tenantId: "tenant" },
  locale: "sv-SE",
  id: `act-${Math.random()}`,
  ...extra,
});

it("welcomes on install, answers a command and stores the subscription", async () => {
  const install = await api.send("POST", "/api/messages", { token: null, body: activity({ type: "conversationUpdate", membersAdded: [{ id: "28:bot" }] }) });
  expect(install.status).toBe(200);
  const message = await api.send("POST", "/api/messages", { token: null, body: activity({ type: "message", text: "prenumerera utbildningar" }) });
  expect(message.status).toBe(200);
  expect(JSON.stringify(connector.delivered[0]?.activity)).toContain("Välkommen");
  expect(connector.delivered[1]?.activity.text).toContain("prenumererar");
  const record = await botServicesOf(api.services).conversations.get("a:personal-lisa");
  expect(record).toMatchObject({ kind: "personal", topics: ["trainings"], serviceUrl: connector.url, lang: "sv" });
});

it("answers an invoke with the refreshed card in the HTTP response", async () => {
  const response = await api.send("POST", "/api/messages", {
    token: null,
    body: activity({ type: "invoke", name: "adaptiveCard/action", value: { action: { type: "Action.Execute", verb: "register", data: { courseId: "no-such-course" } } } }),
  });
  expect(response.status).toBe(200);
  expect(await response.json()).toMatchObject({ statusCode: 404, type: "application/vnd.microsoft.error" });
});

it("gives the delivery report to coordinators only", async () => {
  expect((await api.get("/api/announcements/nothing/report")).status).toBe(403);
  expect((await api.get("/api/announcements/nothing/report", { token: await api.token("coordinator") })).status).toBe(404);
});
