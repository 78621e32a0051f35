// A needs round sent to every contact of 41 members (issue 13): 12 contacts each, 492 people.
// The round and its "send" record go into the needs store; the timer's needs pump reads the
// record and fans the card out; the real delivery worker sends it against the Bot Connector
// stand-in (Teams: 50 sends a second per app and tenant) and, for people who never had a chat,
// installs the app first through the Graph stand-in (30 installs and 60 reads a second), all
// against Azurite. Twice: everyone has a chat with the bot already (floor people/50 s), and
// nobody has (each install one POST and two GETs: floor the largest of n/30, 2n/60, n/50 s).
// Reports the time from the pump's start to the last card against that floor, the pump's share,
// and lost and duplicated cards per person.
import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import { toStockholmIso, type ConversationRecord } from "@campus-westum/bot";
import { startAzurite } from "../scripts/lib/processes.mjs";
import { botServicesOf } from "../api/src/bot/botServices.js";
import { deliveryReport } from "../api/src/bot/deliveryReport.js";
import { TEAMS_GRAPH_LIMITS } from "../api/src/bot/install/teamsGraphLimits.js";
import { pumpNeedsEvents } from "../api/src/bot/needs/needsPump.js";
import { loadConfig } from "../api/src/config.js";
import { CONTACT_ROLES, type MemberDetail } from "../api/src/contract/index.js";
import type { NeedsRoundRecord } from "../api/src/domain/needs/needsRound.js";
import { silentLogger } from "../api/src/logger.js";
import { sampleDirectory } from "../api/src/sample/directory.js";
import { createServices } from "../api/src/services.js";
import { newNeedsEventId } from "../api/src/store/needsEvents.js";
import { watchEmulator } from "./emulatorStalls.js";
import { BOT_CONNECTOR_STAND_IN_TOKEN } from "../test/bot-connector-stand-in/server.js";
import { startStandInThread } from "../test/bot-connector-stand-in/standInThread.js";
import { proactiveInstallEnv, startTeamworkStandIn } from "../test/graph-stand-in/teamwork/server.js";

const CONTACTS_PER_MEMBER = 12;
const TEAMS_SENDS_PER_SECOND = 50;
/** Gives up when nothing was settled for this long (a bug, not a slow machine). */
const STALL_MS = 120_000;

export async function benchNeedsDelivery(options: { timeScale?: number } = {}): Promise<object> {
  const timeScale = options.timeScale ?? 1;
  return {
    members: 41,
    people: 41 * CONTACTS_PER_MEMBER,
    timeScale,
    everyoneHasAChat: await run("ndchats", timeScale, true),
    nobodyHasAChat: await run("ndinstall", timeScale, false),
  };
}

/** The sample directory's 41 members, each with 12 contacts in every role (all of them recipients). */
function members(): MemberDetail[] {
  return sampleDirectory().map((m) => ({
    ...m,
    contacts: Array.from({ length: CONTACTS_PER_MEMBER }, (_, k) => ({
      id: `${m.id}-b${k}`,
      memberId: m.id,
      name: `Kontakt ${k} (bench)`,
      role: CONTACT_ROLES[k % CONTACT_ROLES.length]!.id,
      email: `k${k}.${m.id}@bench.example.org`,
      techNetwork: false,
    })),
  }));
}

async function run(prefix: string, timeScale: number, withChats: boolean) {
  const connector = await startStandInThread({ timeScale });
  const graph = await startTeamworkStandIn({ timeScale });
  const azurite = await startAzurite();
  try {
    const env = { STORAGE_CONNECTION_STRING: azurite.connectionString, TABLE_PREFIX: prefix, BOT_DELIVERY_TIME_SCALE: String(timeScale), BOT_CONNECTOR_TOKEN: BOT_CONNECTOR_STAND_IN_TOKEN, ...proactiveInstallEnv(graph, connector.url) };
    const services = await createServices(loadConfig(env), silentLogger);
    const bot = botServicesOf(services);
    const directory = members();
    await services.members.save(directory);
    await services.directory.refresh();
    const addresses = directory.flatMap((m) => m.contacts.map((c) => c.email));
    if (withChats) {
      // Chats as installation stores them: her address as the user id.
      const chats: ConversationRecord[] = addresses.map((a, n) => ({ conversationId: `a:needs-${n}`, serviceUrl: connector.url, kind: "personal", userId: a, lang: n % 4 === 0 ? "en" : "sv", topics: [], active: true, updatedAt: new Date().toISOString() }));
      await bot.conversations.saveMany(chats);
    } else {
      for (const a of addresses) graph.model.addUser({ id: randomUUID(), userPrincipalName: a });
    }
    const people = addresses.length;
    const floorSeconds = (withChats ? people / TEAMS_SENDS_PER_SECOND : Math.max(people / TEAMS_GRAPH_LIMITS.post.perSecond, (2 * people) / TEAMS_GRAPH_LIMITS.get.perSecond, people / TEAMS_SENDS_PER_SECOND)) / timeScale;

    const now = services.now();
    const round: NeedsRoundRecord = {
      id: "needs-be0c4000",
      title: "Behovsinventering (bench)",
      period: { term: "spring", year: 2027 },
      deadline: "2099-01-29",
      reminderDaysBefore: 3,
      recipientRoles: CONTACT_ROLES.map((r) => r.id),
      areas: ["it", "sfi"],
      intro: { sv: "Vad behöver ni?" },
      updatedAt: toStockholmIso(now),
    };
    await services.needs.createRound(round);
    const sent = { ...round, sentAt: toStockholmIso(now) };
    await services.needs.replaceRound((await services.needs.getRound(round.id))!, sent, [{ type: "needs-round-sent", id: newNeedsEventId(now), roundId: round.id, at: sent.sentAt }]);

    const worker = bot.createWorker();
    const emulator = await watchEmulator(services.tables);
    const started = performance.now();
    const pumped = await pumpNeedsEvents(services, "");
    const pumpSeconds = (performance.now() - started) / 1000;
    const announcementId = pumped.announced[0]!.id;
    worker.start();
    const settledAt = await untilSettled(bot, announcementId);
    const seconds = (settledAt - started) / 1000;
    const stalls = await emulator.stop();
    await worker.stop();
    const report = (await deliveryReport(bot, announcementId))!;
    const seen = await connector.results();
    const perChat = new Map<string, number>();
    for (const d of seen.delivered) perChat.set(d.conversationId, (perChat.get(d.conversationId) ?? 0) + 1);
    return {
      recipients: pumped.announced[0]!.recipients,
      floorSeconds: Number(floorSeconds.toFixed(1)),
      seconds: Number(seconds.toFixed(1)),
      floorOverActual: Number((floorSeconds / seconds).toFixed(3)),
      pumpAndFanOutSeconds: Number(pumpSeconds.toFixed(2)),
      emulatorPausedSeconds: Number((stalls.reduce((sum, s) => sum + (s.to - s.from), 0) / 1000).toFixed(1)),
      delivered: perChat.size,
      lost: people - perChat.size,
      duplicated: [...perChat.values()].filter((n) => n > 1).length,
      report: { sent: report.sent, unreachable: report.unreachable, failed: report.failed, pending: report.pending },
      teamsOverLimit429s: seen.stats.overLimit,
      graphOverLimit429s: graph.counters.overLimit,
    };
  } finally {
    await connector.close();
    await graph.close();
    await azurite.stop();
  }
}

/** When the announcement's last delivery settled (the report read every 200 ms: one ledger listing of 492 rows). */
async function untilSettled(bot: ReturnType<typeof botServicesOf>, announcementId: string): Promise<number> {
  let last = { pending: Number.POSITIVE_INFINITY, at: performance.now() };
  for (;;) {
    const { pending } = (await deliveryReport(bot, announcementId))!;
    if (pending === 0) return performance.now();
    if (pending < last.pending) last = { pending, at: performance.now() };
    else if (performance.now() - last.at > STALL_MS) throw new Error(`needs delivery stalled with ${pending} pending`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [timeScale] = process.argv.slice(2).map(Number);
  console.log(JSON.stringify(await benchNeedsDelivery({ timeScale: timeScale || undefined }), null, 2));
}
