// The composition root: builds the adapters the handlers use from a validated Config.
// Handlers receive Services and never read configuration or construct clients themselves.
// What only some requests need (token validation, SharePoint, the local identity) is imported
// when first needed, so a cold start does not load jose or the Graph client to answer health.
import type { LocalIdentity } from "./auth/localIdentity.js";
import type { TokenValidator } from "./auth/tokenValidator.js";
import type { Config } from "./config.js";
import { jsonLogger, type Logger } from "./logger.js";
import { OutboxStore } from "./sharepoint/outbox/outboxStore.js";
import { lazySharePoint, type SyncService, type WriteBackService } from "./sharepoint/sync/lazySharePoint.js";
import { CatalogueSnapshot } from "./store/catalogueSnapshot.js";
import { CourseStore } from "./store/courseStore.js";
import { DirectorySnapshot } from "./store/directorySnapshot.js";
import { EventStore } from "./store/eventStore.js";
import { MemberStore } from "./store/memberStore.js";
import { NeedsEventStore } from "./store/needsEvents.js";
import { NeedsStore } from "./store/needsStore.js";
import { ProjectStore } from "./store/projectStore.js";
import { RegistrationStore } from "./store/registrationStore.js";
import { Tables } from "./store/tables.js";

export interface Services {
  config: Config;
  log: Logger;
  tables: Tables;
  members: MemberStore;
  directory: DirectorySnapshot;
  /** The projects courses belong to (from the Projekt list, or the sample ones locally). */
  projects: ProjectStore;
  courses: CourseStore;
  registrations: RegistrationStore;
  events: EventStore;
  catalogue: CatalogueSnapshot;
  /** The needs inventory's rounds and answers (issue 13), and what the bot is to send for it. */
  needs: NeedsStore;
  needsEvents: NeedsEventStore;
  /** The clock of the time-dependent rules (deadlines, "upcoming"). */
  now: () => number;
  validateToken: TokenValidator;
  /** Present in local mode only: issues tokens for the sample users. */
  localIdentity?: LocalIdentity;
  /** Present when SharePoint is configured: it is then the truth, synced into the stores (built on first use). */
  sharepointSync?: SyncService;
  /** Present when SharePoint is configured: writes registrations made in Teams back to the lists (built on first use). */
  sharepointOutbox?: WriteBackService;
  /** Present when SharePoint is configured: the outbox's rows (a coordinator's retry of a failed write-back). */
  sharepointOutboxStore?: OutboxStore;
}

export async function createServices(config: Config, log: Logger = jsonLogger()): Promise<Services> {
  const tables = new Tables(config.storageConnectionString, config.tablePrefix);
  const members = new MemberStore(tables);
  const projects = new ProjectStore(tables);
  const directory = new DirectorySnapshot(members, config.directoryRefreshSeconds * 1000, log);
  const now = () => Date.now();
  // With SharePoint, every registration and course change also writes its outbox row, in the same transaction.
  const outbox = config.sharepoint ? new OutboxStore(tables, now, config.sharepoint.writeMaxAttempts) : undefined;
  const courses = new CourseStore(tables, outbox?.courseHook());
  const registrations = new RegistrationStore(tables, now, outbox);
  const needs = new NeedsStore(tables, outbox?.needsHook());
  const catalogue = new CatalogueSnapshot(courses, registrations, config.directoryRefreshSeconds * 1000, log);
  const sharepoint = config.sharepoint && outbox
    ? lazySharePoint(config.sharepoint, { appVersion: config.version, tables, members, projects, log, catalogue: { courses, registrations, needs, outbox, now, onCoursesChanged: () => catalogue.refresh() } })
    : undefined;
  const stores = { config, log, tables, members, directory, projects, courses, registrations, events: new EventStore(tables), catalogue, needs, needsEvents: new NeedsEventStore(tables), now, sharepointSync: sharepoint?.sync, sharepointOutbox: sharepoint?.outbox, sharepointOutboxStore: outbox };
  if (config.identity.kind === "entra") {
    const { identity } = config;
    return { ...stores, validateToken: onFirstToken(async () => (await import("./auth/entraIdentity.js")).entraTokenValidator(identity)) };
  }
  const localIdentity = await (await import("./auth/localIdentity.js")).createLocalIdentity();
  return { ...stores, validateToken: localIdentity.validator, localIdentity };
}

/** A validator built (and its modules imported) on the first token it is asked about. */
function onFirstToken(build: () => Promise<TokenValidator>): TokenValidator {
  let validator: Promise<TokenValidator> | undefined;
  return async (authorizationHeader) => (await (validator ??= build()))(authorizationHeader);
}
