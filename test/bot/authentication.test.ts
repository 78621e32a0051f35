// The bot endpoint fails closed (issue 15.1, 14.6): in a production-like configuration every
// activity goes through botbuilder's Bot Framework JWT validation, with keys served by a local
// stand-in of the Bot Framework's OpenID metadata; its serviceUrl must equal the token's claim
// and be on the allow-list, so no activity makes the API call an address of its choosing. A
// listening "trap" server stands for such an address: it must never receive a request.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BotConnectorClient } from "@campus-westum/bot";
import { botServicesOf } from "../../api/src/bot/botServices.js";
import { startApiHarness, type ApiHarness } from "../support/apiHarness.js";
import { UNSERVED_SHAREPOINT } from "../support/productionSettings.js";
import { startChannelTokenStandIn, type ChannelTokenStandIn } from "../bot-connector-stand-in/channelTokens.js";
import { BOT_CONNECTOR_STAND_IN_TOKEN, startBotConnectorStandIn, type BotConnectorStandIn } from "../bot-connector-stand-in/server.js";

const BOT_ID = "0b0c5a1e-6f0a-4c3e-9d2b-7a1f3e5d9c01";
const TENANT = "5d7b3c2a-1e4f-4a6b-8c9d-0e1f2a3b4c5d";
const ENTRA = { AAD_TENANT_IDS: TENANT, AAD_APP_CLIENT_ID: "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", CALENDAR_LINK_KEY: "test-calendar-link-key-of-32-characters", ...UNSERVED_SHAREPOINT };

interface Trap {
  url: string;
  requests: number;
  close(): Promise<void>;
}

async function startTrap(): Promise<Trap> {
  const state = { requests: 0 };
  const server: Server = createServer((_req, res) => {
    state.requests++;
    res.writeHead(201, { "Content-Type": "application/json" }).end('{"id":"trapped"}');
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get requests() {
      return state.requests;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let channel: ChannelTokenStandIn;
let connector: BotConnectorStandIn;
let trap: Trap;
let api: ApiHarness;

const productionEnv = () => ({
  ...ENTRA,
  BOT_ID,
  BOT_PASSWORD: "not-used-the-stand-in-token-replaces-it",
  BOT_TENANT_ID: TENANT,
  BOT_OPENID_METADATA_URL: channel.metadataUrl,
  BOT_SERVICE_URL_ORIGINS: connector.url,
  BOT_CONNECTOR_TOKEN: BOT_CONNECTOR_STAND_IN_TOKEN,
});

beforeAll(async () => {
  [channel, connector, trap] = await Promise.all([startChannelTokenStandIn(), startBotConnectorStandIn(), startTrap()]);
  api = await startApiHarness({ env: productionEnv() });
});
afterAll(async () => Promise.all([api.close(), channel.close(), connector.close(), trap.close()]));

let next = 0;
const activity = (serviceUrl: string, extra: Record<string, unknown> = {}) => {
  const n = ++next;
  return {
    type: "message",
    text: "prenumerera utbildningar",
    channelId: "msteams",
    serviceUrl,
    id: `act-${n}`,
    from: { id: `29:user-${n}`, name: "Lisa Lärare", aadObjectId: `oid-${n}` },
    recipient: { id: `28:${BOT_ID}`, name: "Campus Westum" },
    conversation: { id: `a:auth-${n}`, conversationType: "personal", tenantId: TENANT },
    locale: "sv-SE",
    ...extra,
  };
};

const post = (body: ReturnType<typeof activity>, token: string | null, harness = api) =>
  fetch(`${harness.url}/api/messages`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "Accept-Language": "en", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });

/** The answer is problem+json with our own words only, and the activity left no trace. */
async function expectRefused(response: Response, status: number, body: ReturnType<typeof activity>, harness = api) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toContain("application/problem+json");
  const text = await response.text();
  expect(text).not.toMatch(/Unauthorized\.|AuthenticationError|JsonWebTokenError|invalid signature|ServiceUrl claim|openID config|Signing Key could not|ECONNREFUSED|at .*\.js/i);
  expect(await botServicesOf(harness.services).conversations.get(body.conversation.id)).toBeUndefined();
  return JSON.parse(text) as { type: string; detail: string };
}

describe("in a production-like configuration", () => {
  it("accepts an activity with a valid Bot Framework token, and replies with the bot's token", async () => {
    const body = activity(connector.url);
    const before = connector.stats.unauthorized;
    const response = await post(body, await channel.sign({ aud: BOT_ID, serviceurl: connector.url }));
    expect(response.status).toBe(200);
    expect(connector.delivered.find((d) => d.conversationId === body.conversation.id)?.activity.text).toContain("prenumererar");
    expect(connector.stats.unauthorized).toBe(before);
    expect(await botServicesOf(api.services).conversations.get(body.conversation.id)).toMatchObject({ serviceUrl: connector.url, topics: ["trainings"] });
  });

  it("refuses an activity without a token: 401, nothing stored, nothing sent", async () => {
    const sent = connector.stats.requests;
    const body = activity(connector.url);
    const problem = await expectRefused(await post(body, null), 401, body);
    expect(problem.type).toBe("urn:campus-westum:problem:bot-unauthenticated");
    expect(connector.stats.requests).toBe(sent);
  });

  it("refuses the anonymous invoke that registered a user for a course", async () => {
    const body = activity(connector.url, { type: "invoke", name: "adaptiveCard/action", value: { action: { type: "Action.Execute", verb: "register", data: { courseId: "any" } } } });
    await expectRefused(await post(body, null), 401, body);
  });

  it.each([
    ["a forged signature", () => channel.sign({ aud: BOT_ID, serviceurl: connector.url }, { forged: true })],
    ["another bot's audience", () => channel.sign({ aud: "11111111-2222-4333-8444-555555555555", serviceurl: connector.url })],
    ["an expired token", () => channel.sign({ aud: BOT_ID, serviceurl: connector.url }, { expiresInSeconds: -600 })],
    ["a token that is not a JWT", async () => "not.a.jwt"],
  ])("refuses %s with 401", async (_name, token) => {
    const body = activity(connector.url);
    await expectRefused(await post(body, await token()), 401, body);
  });

  it("refuses a serviceUrl that differs from the token's serviceurl claim", async () => {
    const body = activity(`${connector.url}/elsewhere/`);
    await expectRefused(await post(body, await channel.sign({ aud: BOT_ID, serviceurl: connector.url })), 401, body);
  });

  it("refuses a signed serviceUrl off the allow-list with 403, and never calls it", async () => {
    const body = activity(trap.url);
    const problem = await expectRefused(await post(body, await channel.sign({ aud: BOT_ID, serviceurl: trap.url })), 403, body);
    expect(problem.type).toBe("urn:campus-westum:problem:bot-service-url-not-allowed");
    expect(trap.requests).toBe(0);
  });

  it("refuses every serviceUrl shape off the allow-list, even when signed", async () => {
    const hosts = fc.constantFrom("127.0.0.1", "localhost", "evil.example", "smba.trafficmanager.net.evil.example", "127.0.0.1.nip.io", "[::1]", "10.0.0.1", "169.254.169.254");
    const serviceUrl = fc
      .record({
        scheme: fc.constantFrom("http", "https", "ftp", "file"),
        userinfo: fc.constantFrom("", "user@", `127.0.0.1:${new URL(connector.url).port}@`),
        host: hosts,
        port: fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }),
        path: fc.constantFrom("", "/", "/teams/", "/v3/conversations/x/activities"),
      })
      .map(({ scheme, userinfo, host, port, path }) => `${scheme}://${userinfo}${host}${port === undefined ? "" : `:${port}`}${path}`)
      .filter((url) => !url.startsWith(`${connector.url}/`) && url !== connector.url);
    await fc.assert(
      fc.asyncProperty(serviceUrl, async (url) => {
        const body = activity(url);
        const response = await post(body, await channel.sign({ aud: BOT_ID, serviceurl: url }));
        expect([401, 403]).toContain(response.status);
        await response.body?.cancel();
      }),
      { numRuns: 40 },
    );
    expect(trap.requests).toBe(0);
  });

  it("answers 503 problem+json when the Bot Framework's keys cannot be fetched", async () => {
    const [unreachable, failing] = await Promise.all([startChannelTokenStandIn(), startChannelTokenStandIn()]);
    failing.failing = true;
    const token = await unreachable.sign({ aud: BOT_ID, serviceurl: connector.url });
    await unreachable.close();
    for (const standIn of [unreachable, failing]) {
      const harness = await startApiHarness({ env: { ...productionEnv(), BOT_OPENID_METADATA_URL: standIn.metadataUrl } });
      try {
        const body = activity(connector.url);
        const response = await post(body, standIn === failing ? await failing.sign({ aud: BOT_ID, serviceurl: connector.url }) : token, harness);
        expect(response.headers.get("retry-after")).toBe("30");
        const problem = await expectRefused(response, 503, body, harness);
        expect(problem.type).toBe("urn:campus-westum:problem:bot-auth-unavailable");
      } finally {
        await harness.close();
      }
    }
    await failing.close();
  });

  it("never sends a stored conversation's messages to an address off the allow-list", async () => {
    const answer = await botServicesOf(api.services).connector.send(trap.url, "a:stored", { type: "message", text: "hej" });
    expect(answer).toMatchObject({ status: 0, code: "ServiceUrlNotAllowed" });
    expect(trap.requests).toBe(0);
  });
});

describe("the bot turned off", () => {
  it("answers 503 problem+json and runs nothing", async () => {
    const off = await startApiHarness({ env: { ...ENTRA, BOT_ENABLED: "false" } });
    try {
      const body = activity(connector.url);
      const problem = await expectRefused(await post(body, await channel.sign({ aud: BOT_ID, serviceurl: connector.url }), off), 503, body, off);
      expect(problem.type).toBe("urn:campus-westum:problem:bot-disabled");
    } finally {
      await off.close();
    }
  });
});

describe("in local mode, without a bot identity", () => {
  it("allows loopback serviceUrls only, and never calls another", async () => {
    const local = await startApiHarness();
    try {
      for (const url of ["https://smba.trafficmanager.net/teams/", "http://evil.example:8080/", "http://127.0.0.1.nip.io/"]) {
        const body = activity(url);
        await expectRefused(await post(body, null, local), 403, body, local);
      }
      const answer = await botServicesOf(local.services).connector.send("https://evil.example/", "a:stored", { type: "message", text: "hej" });
      expect(answer.code).toBe("ServiceUrlNotAllowed");
    } finally {
      await local.close();
    }
  });
});

describe("the Bot Connector stand-in", () => {
  it("answers 401 without the bot's bearer token, as the service does, and delivers nothing", async () => {
    const policy = { kind: "origins" as const, origins: [connector.url] };
    const delivered = connector.delivered.length;
    const anonymous = await new BotConnectorClient(async () => undefined, policy).send(connector.url, "a:anyone", { type: "message", text: "hej" });
    const wrong = await new BotConnectorClient(async () => "someone-elses-token", policy).send(connector.url, "a:anyone", { type: "message", text: "hej" });
    expect([anonymous.status, wrong.status]).toEqual([401, 401]);
    expect(connector.delivered.length).toBe(delivered);
    const right = await new BotConnectorClient(async () => BOT_CONNECTOR_STAND_IN_TOKEN, policy).send(connector.url, "a:anyone", { type: "message", text: "hej" });
    expect(right.status).toBe(201);
  });
});
