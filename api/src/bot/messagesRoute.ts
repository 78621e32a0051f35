// POST /api/messages: the bot's endpoint. Anonymous at the route level because the Bot
// Framework authenticates with its own JWT, which the bot's botbuilder adapter validates (and
// with it the activity's serviceUrl) before anything runs. Refusals are problem+json without
// botbuilder's text; their cause is logged here with the correlation id.
import type { BotPorts } from "@campus-westum/bot";
import { problems } from "../http/problem.js";
import type { Handler } from "../http/route.js";
import type { Services } from "../services.js";
import { botProblems } from "./botProblems.js";
import { botServicesOf } from "./botServices.js";
import { cataloguePort } from "./cataloguePort.js";
import { fikaPort } from "./fikaPort.js";
import { needsPort } from "./needs/needsPort.js";

type Endpoint = ReturnType<typeof import("@campus-westum/bot/endpoint").createBotEndpoint>;
const endpoints = new WeakMap<Services, Promise<Endpoint>>();

/** The botbuilder adapter is imported on the first bot request, keeping it out of the cold start. */
function endpointOf(services: Services): Promise<Endpoint> {
  let endpoint = endpoints.get(services);
  if (!endpoint) {
    const ports: BotPorts = { conversations: botServicesOf(services).conversations, catalogue: cataloguePort(services), fika: fikaPort(services), needs: needsPort(services), now: services.now, defaultLang: "sv" };
    const { auth, serviceUrls, standIn } = services.config.bot;
    endpoint = import("@campus-westum/bot/endpoint").then(({ createBotEndpoint }) => createBotEndpoint(ports, { auth, serviceUrls, standIn, log: services.log }));
    endpoints.set(services, endpoint);
  }
  return endpoint;
}

const REFUSALS = {
  unauthenticated: botProblems.unauthenticated,
  serviceUrlNotAllowed: botProblems.serviceUrlNotAllowed,
  authUnavailable: botProblems.authUnavailable,
} as const;

export const botMessages: Handler<"anonymous"> = async ({ request, services, correlationId }) => {
  if (!services.config.bot.enabled) throw botProblems.disabled();
  const headers: Record<string, string> = {};
  request.headers.forEach((value, key) => (headers[key] = value));
  const body = activityOf(await request.text());
  const response = await (await endpointOf(services))({ headers, body });
  if (response.kind === "refused") {
    services.log.warn("bot endpoint refused an activity", { reason: response.reason, correlationId });
    throw REFUSALS[response.reason]();
  }
  return response.body === undefined ? { status: response.status } : { status: response.status, jsonBody: response.body };
};

/**
 * The Bot Connector always posts an activity: a JSON object with a type, the channel's id and
 * the serviceUrl to answer at. Anything else is refused here as problem+json instead of failing
 * inside botbuilder.
 */
function activityOf(text: string): Record<string, unknown> {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const fields = ["type", "channelId", "serviceUrl"] as const;
  const missing = typeof body === "object" && body !== null && !Array.isArray(body) ? fields.filter((f) => typeof (body as Record<string, unknown>)[f] !== "string") : fields;
  if (missing.length > 0) {
    throw problems.invalidInput(
      missing.map((field) => ({ field, message: "a Bot Framework activity has this text field" })),
      {
        sv: "Begäran är ingen Bot Framework-aktivitet (JSON med fälten type, channelId och serviceUrl).",
        en: "The request is not a Bot Framework activity (JSON with the fields type, channelId and serviceUrl).",
      },
    );
  }
  return body as Record<string, unknown>;
}
