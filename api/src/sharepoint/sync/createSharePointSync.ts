// Wires the SharePoint sync and the write-back from the configuration: one Graph connection to
// the site, the sync state in Azure Tables, the member store and the catalogue stores it
// projects into, and the outbox whose rows the registration store writes.
import type { SharePointConfig } from "../../config.js";
import { FikaStore } from "../../bot/fikaStore.js";
import type { Logger } from "../../logger.js";
import type { CourseStore } from "../../store/courseStore.js";
import type { MemberStore } from "../../store/memberStore.js";
import type { NeedsStore } from "../../store/needsStore.js";
import { NetworkEventStore } from "../../store/networkEventStore.js";
import type { ProjectStore } from "../../store/projectStore.js";
import type { RegistrationStore } from "../../store/registrationStore.js";
import type { Tables } from "../../store/tables.js";
import type { RetryOptions } from "../behaviors/retry.js";
import { connectSharePoint } from "../connect.js";
import type { OutboxStore } from "../outbox/outboxStore.js";
import { OutboxWorker } from "../outbox/outboxWorker.js";
import { SharePointSync } from "./sharePointSync.js";
import { SyncState } from "./syncState.js";

export interface SharePointDeps {
  appVersion: string;
  tables: Tables;
  members: MemberStore;
  projects?: ProjectStore;
  log: Logger;
  retry?: Partial<RetryOptions>;
  /** With these the catalogue is projected from the lists and registrations are written back. */
  catalogue?: { courses: CourseStore; registrations: RegistrationStore; outbox: OutboxStore; now: () => number; onCoursesChanged?: () => Promise<unknown>; needs?: NeedsStore };
}

export interface SharePoint {
  sync: SharePointSync;
  outbox?: OutboxWorker;
}

export function createSharePoint(config: SharePointConfig, deps: SharePointDeps): SharePoint {
  const site = connectSharePoint(config, deps.appVersion, deps.retry);
  const state = new SyncState(deps.tables);
  const catalogue = deps.catalogue;
  const fika = new FikaStore(deps.tables);
  const sync = new SharePointSync({
    site,
    state,
    members: deps.members,
    ...(deps.projects ? { projects: deps.projects } : {}),
    log: deps.log,
    intervalMinutes: config.syncIntervalMinutes,
    networkEvents: new NetworkEventStore(deps.tables),
    ...(catalogue ? { catalogue: { ...catalogue, log: deps.log }, outbox: catalogue.outbox, fika } : {}),
  });
  const outbox = catalogue ? new OutboxWorker({ outbox: catalogue.outbox, registrations: catalogue.registrations, courses: catalogue.courses, fika, ...(catalogue.needs ? { needs: catalogue.needs } : {}), site, state, log: deps.log }) : undefined;
  return { sync, ...(outbox ? { outbox } : {}) };
}

export function createSharePointSync(config: SharePointConfig, deps: SharePointDeps): SharePointSync {
  return createSharePoint(config, deps).sync;
}
