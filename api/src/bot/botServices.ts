// The bot's adapters over the API's storage, built once per Services (the composition root
// stays services.ts; the bot's part hangs off it here so the bot's wiring lives in one place).
import { BotConnectorClient, DeliveryWorker, TEAMS_LIMITS, defaultWorkerSettings, shareOf, timeScaled, type WorkerPorts } from "@campus-westum/bot";
import type { Services } from "../services.js";
import { TEAMS_GLOBAL_SERVICE_URL } from "./botConfig.js";
import { AnnouncementStore } from "./announcementStore.js";
import { AudienceStore } from "./audience/audienceStore.js";
import { connectorToken } from "./connectorToken.js";
import { TablesConversationStore } from "./conversationStore.js";
import { TablesDeliveryLedger } from "./deliveryLedger.js";
import { StorageDeliveryQueue } from "./deliveryQueue.js";
import { QueueFanOut } from "./fanOut.js";
import { createUserInstaller } from "./install/createUserInstaller.js";
import type { UserInstaller } from "./install/userInstaller.js";
import { TimerRuns } from "./timerRuns.js";

export interface BotServices {
  conversations: TablesConversationStore;
  announcements: AnnouncementStore;
  ledger: TablesDeliveryLedger;
  queue: StorageDeliveryQueue;
  fanOut: QueueFanOut;
  connector: BotConnectorClient;
  timerRuns: TimerRuns;
  /** The coordinators' audience choices (issue 11.2). */
  audiences: AudienceStore;
  /** Present when proactive installation is configured (BOT_INSTALL_APP_ID). */
  installer?: UserInstaller;
  createWorker(): DeliveryWorker;
}

const built = new WeakMap<Services, BotServices>();

export function botServicesOf(services: Services): BotServices {
  let bot = built.get(services);
  if (!bot) built.set(services, (bot = createBotServices(services)));
  return bot;
}

function createBotServices(services: Services): BotServices {
  const { config, tables } = services;
  const conversations = new TablesConversationStore(tables);
  const announcements = new AnnouncementStore(tables);
  const ledger = new TablesDeliveryLedger(tables);
  const queue = StorageDeliveryQueue.fromConnectionString(config.storageConnectionString, config.tablePrefix);
  const delivery = config.bot.delivery;
  // A send must end well within its claim's lease, or a second worker could claim and resend it.
  const connector = new BotConnectorClient(connectorToken(config.bot), config.bot.serviceUrls, Math.floor(Math.min(15_000, delivery.leaseMs / 3)));
  const installer = createUserInstaller(config, tables, conversations, services.now);
  const installServiceUrl = config.bot.install?.serviceUrl ?? TEAMS_GLOBAL_SERVICE_URL;
  return {
    conversations,
    announcements,
    ledger,
    queue,
    fanOut: new QueueFanOut(announcements, queue, conversations, ledger, installServiceUrl, services.now),
    connector,
    timerRuns: new TimerRuns(tables),
    audiences: new AudienceStore(tables),
    installer,
    createWorker() {
      const limits = shareOf(timeScaled(TEAMS_LIMITS, delivery.timeScale), delivery.instances);
      const ports: WorkerPorts = {
        queue,
        ledger,
        activities: announcements,
        recipients: conversations,
        connector: { send: (serviceUrl, conversationId, activity) => connector.send(serviceUrl, conversationId, activity) },
        installer,
        log: services.log,
      };
      const defaults = defaultWorkerSettings(limits);
      return new DeliveryWorker(ports, {
        ...defaults,
        concurrency: delivery.concurrency,
        visibilityMs: delivery.visibilityMs,
        leaseMs: delivery.leaseMs,
        maxAttempts: delivery.maxAttempts,
        uncertainSends: delivery.uncertainSends,
        inProcessRetryMaxMs: Math.min(defaults.inProcessRetryMaxMs, delivery.leaseMs / 4),
        backoff: { baseMs: defaults.backoff.baseMs / delivery.timeScale, maxMs: defaults.backoff.maxMs / delivery.timeScale },
        idleWaitMs: Math.max(50, defaults.idleWaitMs / delivery.timeScale),
        refusedRetryMs: delivery.refusedRetryMs / delivery.timeScale,
        alarmPauseMs: delivery.alarmPauseMs / delivery.timeScale,
      });
    },
  };
}
