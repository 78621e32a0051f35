// One sync run over every list: the first request of each list goes in one $batch (so a run
// without changes is one HTTP request and one RU per list), the rest page by page; each list's
// changes go to the mirror, then the directory is projected into the member store and the
// catalogue into the course and registration stores (catalogueProjection.ts). A list that
// fails is reported and retried next run; the others still sync. Concurrent callers (timer and
// "sync now") share one run.
import type { ListHealth, ListSyncResult, SyncRejectedRow, SyncRun, SyncStatus } from "../../contract/index.js";
import type { Logger } from "../../logger.js";
import type { MemberStore } from "../../store/memberStore.js";
import type { ProjectStore } from "../../store/projectStore.js";
import { describeGraphError } from "../graphErrors.js";
import type { ListKey } from "../listDefinition.js";
import { courseItems, eventItems, registrationItems, sessionItems, siteItems } from "../mapping/catalogueItems.js";
import { contactItems, memberItems } from "../mapping/directoryItems.js";
import { projectItems } from "../mapping/projectItems.js";
import type { ListMapping } from "../mapping/listMapping.js";
import { rejectionOf } from "../mapping/rejection.js";
import { listLabel, withLabels } from "../listNames.js";
import type { BatchResponse, GraphListItem, SiteLists } from "../siteLists.js";
import type { OutboxStore } from "../outbox/outboxStore.js";
import type { FikaStore } from "../../bot/fikaStore.js";
import { CATALOGUE_LISTS, projectCatalogue, type CatalogueDeps } from "./catalogueProjection.js";
import { projectFika } from "./fikaProjection.js";
import { projectNetworkEvents } from "./networkEventProjection.js";
import type { NetworkEventStore } from "../../store/networkEventStore.js";
import { projectDirectory } from "./directoryProjection.js";
import { projectProjects } from "./projectProjection.js";
import { initialDeltaPath, readListRound, type ListRound } from "./listRound.js";
import type { MirrorWrite, SyncState } from "./syncState.js";

/** Members before contacts: a contact's lookup is resolved against the members. Projects before courses: courses name one. */
export const SYNCED_LISTS: ListMapping[] = [memberItems, contactItems, projectItems, courseItems, sessionItems, siteItems, registrationItems, eventItems];
const DIRECTORY_LISTS = new Set<ListKey>(["members", "contacts"]);
const PROJECT_LISTS = new Set<ListKey>(["projects"]);
const UPLOAD_DIFFERENCES = "resyncChangesUploadDifferences";

export interface SharePointSyncDeps {
  site: SiteLists;
  state: SyncState;
  members: MemberStore;
  /** Absent: the Projekt list is mirrored only. */
  projects?: ProjectStore;
  log: Logger;
  intervalMinutes: number;
  /** Absent: courses, sessions and registrations are mirrored only (not projected). */
  catalogue?: CatalogueDeps;
  /** For the write-back's status in GET /api/sync/status. */
  outbox?: OutboxStore;
  /** With the outbox: Digital fika rows of the events list are projected into it (fikaProjection.ts). */
  fika?: FikaStore;
  /** The other rows of the events list: the tech network's events (networkEventProjection.ts). */
  networkEvents?: NetworkEventStore;
  lists?: ListMapping[];
  /** Items per delta page; small in tests to exercise paging. */
  pageSize?: number;
  now?: () => number;
}

export class SharePointSync {
  private running: Promise<SyncRun> | undefined;
  private listIds: Map<ListKey, string> | undefined;

  constructor(private readonly deps: SharePointSyncDeps) {}

  run(trigger: SyncRun["trigger"]): Promise<SyncRun> {
    this.running ??= this.runOnce(trigger).finally(() => (this.running = undefined));
    return this.running;
  }

  async status(): Promise<SyncStatus> {
    const [lastRun, successes, outbox] = await Promise.all([this.deps.state.lastReport(), this.deps.state.lastSuccesses(), this.deps.outbox?.status()]);
    const now = (this.deps.now ?? Date.now)();
    const lists = (this.deps.lists ?? SYNCED_LISTS).map((m) => listHealth(m.list, successes[m.list], lastRun, now, this.deps.intervalMinutes));
    const labelled = lastRun && { ...lastRun, rowsRejected: lastRun.rowsRejected.map(withLabels) };
    return { source: "sharepoint", running: this.running !== undefined, intervalMinutes: this.deps.intervalMinutes, checkedAt: new Date(now).toISOString(), lists, lastRun: labelled, ...(outbox ? { outbox } : {}) };
  }

  private async runOnce(trigger: SyncRun["trigger"]): Promise<SyncRun> {
    const { site, state, log } = this.deps;
    const now = this.deps.now ?? Date.now;
    const mappings = this.deps.lists ?? SYNCED_LISTS;
    const startedAt = new Date(now()).toISOString();
    const before = site.graph.meter.snapshot();
    const previous = await state.lastReport();
    const results: ListSyncResult[] = [];
    const rejected: SyncRejectedRow[] = [];
    const touched = new Set<string>();
    let directoryChanged = previous === undefined;
    let catalogueChanged = previous === undefined;
    let eventsChanged = previous === undefined;
    let projectsChanged = previous === undefined;
    let directory = { saved: 0, removed: 0 };
    let catalogue: SyncRun["catalogue"];
    try {
      const ids = await this.resolveListIds(mappings);
      const sitePath = await site.sitePath();
      const starts = await Promise.all(
        mappings.map(async (m) => {
          const listId = ids.get(m.list);
          return listId ? { path: initialDeltaPath(sitePath, listId, m, this.deps.pageSize), storedLink: await state.deltaLink(m.list) } : undefined;
        }),
      );
      const firstPages = await this.firstPages(starts);
      for (const [i, mapping] of mappings.entries()) {
        const start = starts[i];
        if (!start) {
          results.push(emptyResult(mapping.list, `the list "${mapping.displayName}" is missing on the site: run npm run provision`));
          continue;
        }
        try {
          const round = await readListRound(site, start, firstPages[i]);
          const outcome = await this.applyRound(mapping, round, rejected, touched);
          results.push(outcome);
          const listChanged = outcome.changed > 0 || outcome.deleted > 0 || round.mode === "full";
          if (DIRECTORY_LISTS.has(mapping.list) && listChanged) directoryChanged = true;
          if (CATALOGUE_LISTS.includes(mapping.list) && listChanged) catalogueChanged = true;
          if (mapping.list === "events" && listChanged) eventsChanged = true;
          // Courses are checked against the projects: a project change can change what a course row may name.
          if (mapping.list === "projects" && listChanged) projectsChanged = catalogueChanged = true;
        } catch (error) {
          log.warn("sharepoint list sync failed", { list: mapping.list, error: this.describe(error) });
          if ((error as { statusCode?: number }).statusCode === 404) this.listIds = undefined;
          results.push(emptyResult(mapping.list, this.describe(error)));
        }
      }
      let directoryRejected: SyncRejectedRow[] | undefined;
      if (directoryChanged) {
        const projection = await projectDirectory(state, this.deps.members);
        directory = { saved: projection.saved, removed: projection.removed };
        directoryRejected = projection.rejected;
      }
      // Provider names come from the members list: a directory change can change courses too.
      const projected: Projected[] = directoryRejected ? [{ lists: DIRECTORY_LISTS, rows: directoryRejected }] : [];
      if (projectsChanged && this.deps.projects) projected.push({ lists: PROJECT_LISTS, rows: (await projectProjects(state, this.deps.projects)).rejected });
      // A write-back the lists refused (412) is settled by applying the list's version: at the next run, even without news.
      const refusedWaiting = ((await this.deps.outbox?.courseLinks.unappliedConflicts()) ?? []).length > 0;
      if (this.deps.catalogue && (catalogueChanged || directoryChanged || refusedWaiting)) {
        const projection = await projectCatalogue(state, this.deps.catalogue);
        catalogue = { coursesSaved: projection.coursesSaved, registrationsChanged: projection.registrationsChanged };
        projected.push({ lists: new Set(CATALOGUE_LISTS), rows: projection.rejected });
      }
      if (this.deps.fika && this.deps.outbox && (eventsChanged || refusedWaiting)) {
        // Its rejections join the list's own (a wrong row stays reported until it changes).
        rejected.push(...(await projectFika(state, { fika: this.deps.fika, outbox: this.deps.outbox, now: this.deps.now ?? Date.now })).rejected);
      }
      if (this.deps.networkEvents && eventsChanged) {
        rejected.push(...(await projectNetworkEvents(state, { events: this.deps.networkEvents, now })).rejected);
      }
      const run = { ...this.report(trigger, startedAt, results, carryOver(previous, rejected, touched, projected), before, directory), ...(catalogue ? { catalogue } : {}) };
      await state.saveReport(run);
      log.info("sharepoint sync finished", { outcome: run.outcome, itemsChanged: run.itemsChanged, rejected: run.rowsRejected.length, requests: run.requests, resourceUnits: run.resourceUnits });
      return run;
    } catch (error) {
      log.error("sharepoint sync failed", { error: this.describe(error) });
      const run = { ...this.report(trigger, startedAt, results, previous?.rowsRejected ?? [], before, directory), outcome: "failed" as const };
      run.lists.push(emptyResult("site", this.describe(error)));
      await state.saveReport(run).catch(() => undefined);
      return run;
    }
  }

  /** The sync reads lists and writes registrations back: it needs the "write" role. */
  private describe(error: unknown): string {
    return describeGraphError(error, { site: this.deps.site.site, role: "write" });
  }

  private async resolveListIds(mappings: ListMapping[]): Promise<Map<ListKey, string>> {
    if (this.listIds && mappings.every((m) => this.listIds!.has(m.list))) return this.listIds;
    const lists = await this.deps.site.lists();
    this.listIds = new Map();
    for (const m of mappings) {
      const found = lists.find((l) => l.displayName.toLowerCase() === m.displayName.toLowerCase());
      if (found) this.listIds.set(m.list, found.id);
    }
    return this.listIds;
  }

  /** Every list's first request in one $batch; if the batch itself fails, each list asks alone. */
  private async firstPages(starts: ({ path: string; storedLink?: string } | undefined)[]): Promise<(BatchResponse | undefined)[]> {
    const { site } = this.deps;
    const asked = starts.flatMap((s, i) => (s ? [{ i, url: s.storedLink ? site.graph.relative(s.storedLink) : s.path }] : []));
    if (asked.length === 0) return [];
    try {
      const answers = await site.batch(asked.map((a) => ({ method: "GET" as const, url: a.url })));
      const pages: (BatchResponse | undefined)[] = [];
      asked.forEach((a, k) => (pages[a.i] = answers[k]));
      return pages;
    } catch (error) {
      this.deps.log.warn("sharepoint batch failed; asking list by list", { error: describeGraphError(error) });
      return [];
    }
  }

  private async applyRound(mapping: ListMapping, round: ListRound, rejected: SyncRejectedRow[], touched: Set<string>): Promise<ListSyncResult> {
    const { state } = this.deps;
    const writes: MirrorWrite[] = [];
    let changed = 0;
    let deleted = 0;
    let rejectedCount = 0;
    // An updated item in an incremental round may carry only its changed fields: they are
    // merged onto the fields the mirror has (a full enumeration sends items whole).
    const updated = [...round.items.values()].filter((i) => !i.deleted).map((i) => i.id);
    const known = round.mode === "incremental" && updated.length > 0 ? await state.mirrorFields(mapping.list, updated) : undefined;
    for (const item of round.items.values()) {
      touched.add(`${mapping.list}/${item.id}`);
      if (item.deleted) {
        writes.push({ itemId: item.id, kind: "deleted" });
        deleted++;
        continue;
      }
      const fields = mergeFields(known?.get(item.id), item.fields ?? {});
      const mapped = mapping.map(fields);
      if (mapped.ok) {
        writes.push({ itemId: item.id, kind: "good", data: JSON.stringify(withVersion(mapping.list, mapped.value, item)), fields: JSON.stringify(fields) });
        changed++;
      } else {
        const rejection = rejectionOf(mapping.list, mapping.fields, mapped.reason, mapped.issues);
        writes.push({ itemId: item.id, kind: "rejected", ...rejection, fields: JSON.stringify(fields) });
        rejected.push({ list: mapping.list, itemId: item.id, ...rejection });
        rejectedCount++;
      }
    }
    if (round.mode === "full") {
      // A full enumeration lists what exists: anything else in the mirror is gone.
      for (const row of await state.mirrorRows(mapping.list)) {
        if (!row.deleted && !round.items.has(row.itemId)) {
          writes.push({ itemId: row.itemId, kind: "deleted" });
          deleted++;
        }
      }
    }
    await state.applyToMirror(mapping.list, writes);
    await state.saveDeltaLink(mapping.list, round.deltaLink);
    // resyncChangesApplyDifferences: the full enumeration above replaced the mirror, deletes
    // included. resyncChangesUploadDifferences asks to upload what the service may lack: the
    // app writes only registrations, so those are written back again (listItem: delta).
    const resent = round.resync === UPLOAD_DIFFERENCES && mapping.list === "registrations" ? await this.resendRegistrations() : undefined;
    return { list: mapping.list, mode: round.mode, pages: round.pages, changed, deleted, rejected: rejectedCount, ...(round.resync ? { resync: round.resync } : {}), ...(resent !== undefined ? { resent } : {}) };
  }

  /** Every registration of the app goes to the outbox; until written, the sync leaves them alone. */
  private async resendRegistrations(): Promise<number> {
    const { catalogue, outbox } = this.deps;
    if (!catalogue || !outbox) return 0;
    let resent = 0;
    for (const course of (await catalogue.courses.loadAll()).courses) {
      const { registrations } = await catalogue.registrations.list(course.id);
      if (registrations.length === 0) continue;
      await outbox.resend(course.id, registrations.map((r) => r.id));
      resent += registrations.length;
    }
    return resent;
  }

  private report(
    trigger: SyncRun["trigger"],
    startedAt: string,
    lists: ListSyncResult[],
    rowsRejected: SyncRejectedRow[],
    before: { requests: number; resourceUnits: number },
    directory: SyncRun["directory"],
  ): SyncRun {
    const after = this.deps.site.graph.meter.snapshot();
    const failed = lists.filter((l) => l.error).length;
    return {
      trigger,
      startedAt,
      finishedAt: new Date((this.deps.now ?? Date.now)()).toISOString(),
      outcome: failed === 0 ? "ok" : failed === lists.length ? "failed" : "partial",
      lists,
      itemsChanged: lists.reduce((n, l) => n + l.changed + l.deleted, 0),
      rowsRejected: rowsRejected.map(withLabels),
      requests: after.requests - before.requests,
      resourceUnits: after.resourceUnits - before.resourceUnits,
      directory,
    };
  }
}

/**
 * A catalogue item's value keeps the ETag of the version it was read from: the projection skips
 * versions the app's state already includes (its own write-backs coming back by delta: decision 0017).
 */
function withVersion(list: ListKey, value: unknown, item: GraphListItem): unknown {
  if (!CATALOGUE_LISTS.includes(list) && list !== "events") return value;
  const eTag = item.eTag ?? (item.fields?.["@odata.etag"] as string | undefined);
  return eTag ? { ...(value as object), eTag } : value;
}

/** The item's fields now: what the mirror had, with the delta's fields over it (null clears one). */
function mergeFields(stored: string | undefined, delta: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...(stored ? (JSON.parse(stored) as Record<string, unknown>) : {}), ...delta };
  // Annotations ("@odata.etag", "Col@odata.type") describe values; they are not columns.
  for (const [key, value] of Object.entries(merged)) if (value === null || key.includes("@odata.")) delete merged[key];
  return merged;
}

/** A list is stale when its last success is older than three sync intervals (or it never had one). */
function listHealth(list: ListKey, lastSuccessAt: string | undefined, lastRun: SyncRun | undefined, now: number, intervalMinutes: number): ListHealth {
  const error = lastRun?.lists.find((l) => l.list === list)?.error ?? lastRun?.lists.find((l) => l.list === "site")?.error;
  const ageMinutes = lastSuccessAt === undefined ? undefined : Math.max(0, Math.floor((now - Date.parse(lastSuccessAt)) / 60_000));
  return { list, label: listLabel(list), stale: ageMinutes === undefined || ageMinutes > 3 * intervalMinutes, ...(lastSuccessAt ? { lastSuccessAt, ageMinutes } : {}), ...(error ? { error } : {}) };
}

const emptyResult = (list: string, error: string): ListSyncResult => ({ list, mode: "incremental", pages: 0, changed: 0, deleted: 0, rejected: 0, error });

/** A projection that ran reports the complete set of rejected rows of its lists. */
interface Projected {
  lists: ReadonlySet<ListKey>;
  rows: SyncRejectedRow[];
}

/**
 * The rows rejected now: this run's rejections, each projection's full set when it ran, and
 * earlier rejections of rows this run did not see change (they are still rejected).
 */
function carryOver(previous: SyncRun | undefined, found: SyncRejectedRow[], touched: Set<string>, projected: Projected[]): SyncRejectedRow[] {
  const owned = (r: SyncRejectedRow) => projected.some((p) => p.lists.has(r.list as ListKey));
  const keep = (previous?.rowsRejected ?? []).filter((r) => !touched.has(`${r.list}/${r.itemId}`) && !owned(r));
  const fresh = [...found.filter((r) => !owned(r)), ...projected.flatMap((p) => p.rows)];
  const unique = new Map([...keep, ...fresh].map((r) => [`${r.list}/${r.itemId}/${r.reason}`, r]));
  return [...unique.values()].sort((a, b) => a.list.localeCompare(b.list) || Number(a.itemId) - Number(b.itemId));
}
