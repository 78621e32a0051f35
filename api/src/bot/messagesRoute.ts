// POST /api/messages: the bot's endpoint. Anonymous at the route level because the Bot
// Framework authenticates with its own JWT, which botbuilder's CloudAdapter validates when the
// bot has an app id and password; in local mode (none) the Agents Playground talks to it
// unauthenticated.
import type { BotPorts } from "@campus-westum/bot";
import { problems } from "../http/problem.js";
import { defineRoute } from "../http/route.js";
import type { Services } from "../services.js";
import { botServicesOf } from "./botServices.js";
import { cataloguePort } from "./cataloguePort.js";
import { fikaPort } from "./fikaPort.js";

type Endpoint = ReturnType<typeof import("@campus-westum/bot/endpoint").createBotEndpoint>;
const endpoints = new WeakMap<Services, Promise<Endpoint>>();

/** The botbuilder adapter is imported on the first bot request, keeping it out of the cold start. */
function endpointOf(services: Services): Promise<Endpoint> {
  let endpoint = endpoints.get(services);
  if (!endpoint) {
    const ports: BotPorts = { conversations: botServicesOf(services).conversations, catalogue: cataloguePort(services), fika: fikaPort(services), now: services.now, defaultLang: "sv" };
    endpoint = import("@campus-westum/bot/endpoint").then(({ createBotEndpoint }) =>
      createBotEndpoint(ports, services.config.bot.auth, (error) => services.log.error("bot turn failed", { error: String(error) })),
    );
    endpoints.set(services, endpoint);
  }
  return endpoint;
}

export const botMessages = defineRoute({
  name: "botMessages",
  methods: ["POST"],
  route: "messages",
  access: "anonymous",
  async handle({ request, services }) {
    const headers: Record<string, string> = {};
    request.headers.forEach((value, key) => (headers[key] = value));
    const text = await request.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    // The Bot Connector always posts an activity: a JSON object with a type. Anything else is
    // refused here as problem+json instead of failing inside botbuilder.
    if (typeof body !== "object" || body === null || typeof (body as { type?: unknown }).type !== "string") {
      throw problems.invalidInput([{ field: "body", message: "a Bot Framework activity (JSON with a type)" }], {
        sv: "Begäran är ingen Bot Framework-aktivitet (JSON med fältet type).",
        en: "The request is not a Bot Framework activity (JSON with a type field).",
      });
    }
    const response = await (await endpointOf(services))({ headers, body });
    return response.body === undefined ? { status: response.status } : { status: response.status, jsonBody: response.body };
  },
});
