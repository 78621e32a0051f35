// The Microsoft 365 Agents Playground (npm @microsoft/m365agentsplayground) driven without a
// browser: its config API gives the ids of the personal chat, the user and the bot; messages are
// posted as the user; the bot's messages arrive on its WebSocket stream (history replayed first,
// so callers wait for what is new); card actions go through its invoke API, which also replaces
// the card in its conversation. It reads the repository's .m365agentsplayground.yml (as
// `npm start` does) and logs to a temporary file, not ./devTools. `usePlayground` gives a test
// file the API with a Playground talking to its bot; `deliverByTimers` runs the bot's timers and
// a delivery worker the way the Functions app does.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import WebSocket from "ws";
import { botServicesOf } from "../../../api/src/bot/botServices.js";
import { runBotTimers } from "../../../api/src/bot/botTimers.js";
import { freePort, startService, waitForHttp as untypedWaitForHttp } from "../../../scripts/lib/processes.mjs";
import { startApiHarness, type ApiHarness } from "../../support/apiHarness.js";

// processes.mjs is plain JavaScript; its JSDoc-inferred options type leaves out `service`.
const waitForHttp = untypedWaitForHttp as (url: string, options: { service: unknown; accept: (status: number) => boolean; timeoutMs: number }) => Promise<Response>;

const root = join(import.meta.dirname, "../../..");

export interface PlaygroundMessage {
  id: string;
  text?: string;
  attachments?: { contentType: string; content: unknown }[];
  suggestedActions?: unknown;
  [key: string]: unknown;
}

export interface Playground {
  url: string;
  conversationId: string;
  userId: string;
  botId: string;
  messages: PlaygroundMessage[];
  install(): Promise<void>;
  say(text: string): Promise<void>;
  /** Waits for a bot message (after `from`, an index into messages) that matches. */
  next(match: (m: PlaygroundMessage) => boolean, from?: number, timeoutMs?: number): Promise<PlaygroundMessage>;
  invoke(replyToId: string, value: unknown): Promise<{ status: number; body: unknown }>;
  close(): Promise<void>;
}

/** `port`: chosen beforehand when the bot must know the Playground's connector address (`http://localhost:{port}/_connector`) at start. */
export async function startPlayground(botEndpoint: string, port?: number): Promise<Playground> {
  port ??= await freePort();
  const cwd = mkdtempSync(join(tmpdir(), "playground-"));
  const service = startService("playground", join(root, "node_modules/.bin/agentsplayground"), ["--disable-telemetry"], {
    cwd,
    quiet: true,
    env: { BOT_ENDPOINT: botEndpoint, TEAMSAPPTESTER_PORT: String(port), TEAMSAPPTESTER_BROWSER: "none", M365_AGENTS_PLAYGROUND_LOGFILE: join(cwd, "playground.log"),
      // The same users and chats as `npm start` (the repository's config file).
      M365_AGENTS_PLAYGROUND_CONFIG_PATH: join(root, ".m365agentsplayground.yml"),
    },
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/_internal/v1/config`, { service, accept: (s) => s === 200, timeoutMs: 45_000 });
  const { config } = (await (await fetch(`${url}/_internal/v1/config`)).json()) as { config: { personalChat: { id: string }; currentUser: { id: string }; bot: { id: string } } };
  const messages: PlaygroundMessage[] = [];
  const waiters = new Set<() => void>();
  const socket = new WebSocket(`ws://127.0.0.1:${port}/_ws_conversation/v1/conversations/stream`);
  socket.on("message", (data) => {
    if (process.env.DEBUG_PLAYGROUND) console.log("ws", data.toString().slice(0, 800));
    // { action: "createMessage", actionConversationId, message: { messageId, from, text?, attachments?, ... } }
    const event = JSON.parse(data.toString()) as { action?: string; message?: Omit<PlaygroundMessage, "id"> & { messageId?: string; from?: { id?: string } } };
    if (event.action !== "createMessage" || !event.message || event.message.from?.id === config.currentUser.id) return;
    messages.push({ ...event.message, id: String(event.message.messageId) });
    for (const wake of waiters) wake();
  });
  await new Promise<void>((resolve, reject) => socket.once("open", resolve).once("error", reject));
  const post = async (path: string, body: unknown) => {
    const response = await fetch(`${url}${path}`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
  };
  const conversationId = config.personalChat.id;
  return {
    url,
    conversationId,
    userId: config.currentUser.id,
    botId: config.bot.id,
    messages,
    async install() {
      const { status } = await post(`/_debug/conversation/${conversationId}/installation`, {});
      if (status !== 200) throw new Error(`installation: ${status}`);
    },
    async say(text) {
      const { status, body } = await post(`/_conversation/v1/conversations/${conversationId}/messages`, { from: { id: config.currentUser.id }, text, textFormat: "plain" });
      if (status >= 300) throw new Error(`message: ${status} ${JSON.stringify(body)}`);
    },
    next(match, from = 0, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = messages.slice(from).find(match);
          if (found) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(found);
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching bot message in ${timeoutMs} ms; got:\n${messages.slice(from).map((m) => JSON.stringify(m).slice(0, 300)).join("\n")}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    invoke: (replyToId, value) => post("/_conversation/v1/invoke", { name: "adaptiveCard/action", value, from: { id: config.currentUser.id }, conversation: { id: conversationId }, replyToId }),
    async close() {
      socket.close();
      await service.stop();
    },
  };
}

/**
 * The API and a Playground whose bot endpoint is the API's /api/messages, started before the
 * file's tests and closed after them. `env` adds API settings; given a function, it gets the
 * Playground's port first (for settings that name its connector, `http://localhost:{port}/_connector`).
 */
export function usePlayground(env: Record<string, string> | ((port: number) => Record<string, string>) = {}): { api: ApiHarness; playground: Playground } {
  const started = {} as { api: ApiHarness; playground: Playground };
  beforeAll(async () => {
    const port = (await freePort()) as number;
    started.api = await startApiHarness({ env: typeof env === "function" ? env(port) : env });
    started.playground = await startPlayground(`${started.api.url}/api/messages`, port);
  }, 60_000);
  afterAll(async () => {
    await started.playground?.close();
    await started.api?.close();
  });
  return started;
}

/** What a bot message shows: its card, or its text, as JSON text to search. */
export const shownIn = (m: PlaygroundMessage): string => JSON.stringify(m.attachments?.[0]?.content ?? m.text ?? "");

/** Installs the app in the Playground's personal chat; returns the bot's welcome. */
export async function installBot(playground: Playground): Promise<PlaygroundMessage> {
  await playground.install();
  return playground.next((m) => /Välkommen|Welcome/.test(shownIn(m)));
}

/**
 * Runs the bot's timers with a delivery worker running (past the timers' "ran just now" guard,
 * half of BOT_TIMER_SECONDS=1), then `meanwhile` with their outcomes, before the worker stops.
 */
export async function deliverByTimers<T>(api: ApiHarness, meanwhile: (outcomes: Awaited<ReturnType<typeof runBotTimers>>) => Promise<T>): Promise<T> {
  const worker = botServicesOf(api.services).createWorker();
  worker.start();
  try {
    await new Promise((r) => setTimeout(r, 600));
    return await meanwhile(await runBotTimers(api.services));
  } finally {
    await worker.stop();
  }
}
