// Coordinators choose a channel by its team's and its own name (issue 11.2): the bot keeps the
// names Teams sends (installation in a team, channelRenamed, teamRenamed), and reads them from
// the Bot Connector's team endpoints (the stand-in) for a channel it knows only by id.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { AudienceChannel } from "../../api/src/contract/index.js";
import { BOT_CONNECTOR_STAND_IN_TOKEN, startBotConnectorStandIn, type BotConnectorStandIn } from "../bot-connector-stand-in/server.js";
import { startApiHarness, type ApiHarness } from "../support/apiHarness.js";

const NETWORK = "19:natverket@thread.tacv2";
const TEACHERS = "19:larare@thread.tacv2";
const ADMIN = "19:admin@thread.tacv2";
const OFFICE = "19:kansliet@thread.tacv2";
let api: ApiHarness;
let connector: BotConnectorStandIn;

beforeAll(async () => {
  connector = await startBotConnectorStandIn({
    teams: [{ id: ADMIN, name: "Kansliet Westum", aadGroupId: "0c5d2b1a-0000-4000-8000-00000000ad01", channels: [{ id: OFFICE, name: "Utskick" }] }],
  });
  api = await startApiHarness({ env: { BOT_CONNECTOR_TOKEN: BOT_CONNECTOR_STAND_IN_TOKEN } });
});
afterAll(async () => Promise.all([api?.close(), connector?.close()]));

let n = 0;
const activity = (conversationId: string, extra: Record<string, unknown>) => ({
  channelId: "msteams",
  serviceUrl: connector.url,
  id: `act-${++n}`,
  from: { id: "29:kim", name: "Kim Samordnare", aadObjectId: "oid-kim" },
  recipient: { id: "28:bot", name: "Campus Westum" },
  conversation: { id: conversationId, conversationType: "channel", isGroup: true, tenantId: "tenant" },
  locale: "sv-SE",
  ...extra,
});
const post = async (body: unknown) => expect((await api.send("POST", "/api/messages", { token: null, body })).status).toBe(200);
const channels = async () => (await (await api.get("/api/audience/channels", { token: await api.token("coordinator") })).json()) as AudienceChannel[];
const named = async (id: string) => {
  const found = (await channels()).find((c) => c.conversationId === id);
  return found && { teamName: found.teamName, channelName: found.channelName };
};

it("keeps the names Teams sends when the bot is installed in a team, and follows renames", async () => {
  // Installed in a team, with the channel the installer chose (its name in conversation.name).
  await post(
    activity(TEACHERS, {
      type: "conversationUpdate",
      membersAdded: [{ id: "28:bot" }],
      conversation: { id: TEACHERS, conversationType: "channel", isGroup: true, tenantId: "tenant", name: "Lärare" },
      channelData: { team: { id: NETWORK, name: "Lärcentrumnätverket", aadGroupId: "0c5d2b1a-0000-4000-8000-0000000000n1" }, eventType: "teamMemberAdded", tenant: { id: "tenant" } },
    }),
  );
  expect(await named(TEACHERS)).toEqual({ teamName: "Lärcentrumnätverket", channelName: "Lärare" });

  await post(activity(NETWORK, { type: "conversationUpdate", channelData: { channel: { id: TEACHERS, name: "Lärare och handledare" }, team: { id: NETWORK }, eventType: "channelRenamed", tenant: { id: "tenant" } } }));
  expect(await named(TEACHERS)).toEqual({ teamName: "Lärcentrumnätverket", channelName: "Lärare och handledare" });

  await post(activity(NETWORK, { type: "conversationUpdate", channelData: { team: { id: NETWORK, name: "Westums nätverk" }, eventType: "teamRenamed", tenant: { id: "tenant" } } }));
  expect(await named(TEACHERS)).toEqual({ teamName: "Westums nätverk", channelName: "Lärare och handledare" });
  // The General channel (its id the team's) has no name of its own: the tab names it.
  expect(await named(NETWORK)).toEqual({ teamName: "Westums nätverk", channelName: undefined });
});

it("reads the names from the Bot Connector for a channel it knows only from a message", async () => {
  const requests = connector.stats.requests;
  await post(activity(OFFICE, { type: "message", text: "hjälp", channelData: { channel: { id: OFFICE }, team: { id: ADMIN }, tenant: { id: "tenant" } } }));
  expect(await named(OFFICE)).toEqual({ teamName: "Kansliet Westum", channelName: "Utskick" });
  // Once: a second message does not ask again.
  const afterFirst = connector.stats.requests;
  expect(afterFirst).toBeGreaterThan(requests);
  await post(activity(OFFICE, { type: "message", text: "hjälp", channelData: { channel: { id: OFFICE }, team: { id: ADMIN }, tenant: { id: "tenant" } } }));
  expect(connector.stats.requests - afterFirst).toBe(1); // the reply only
});

it("leaves a channel unnamed when the Bot Connector does not know its team, and still answers", async () => {
  const unknown = "19:okand@thread.tacv2";
  const delivered = connector.delivered.length;
  await post(activity(unknown, { type: "message", text: "hjälp", channelData: { channel: { id: unknown }, team: { id: "19:okant-team@thread.tacv2" }, tenant: { id: "tenant" } } }));
  expect(await named(unknown)).toEqual({ teamName: undefined, channelName: undefined });
  expect(connector.delivered.length).toBe(delivered + 1);
});
