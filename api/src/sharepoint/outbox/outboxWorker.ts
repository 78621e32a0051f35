// Drains the write-back outbox (outboxStore.ts) into the Anmälningar list, course by course:
//   1. lease the course (ETag-guarded, so instances and timer runs do not work on it at once;
//      a crashed worker's lease simply runs out),
//   2. per outbox row: read the registration's CURRENT state from the store, find its list item
//      (the stored link, else $filter on the indexed, unique RegistrationKey column: a crash
//      after Graph created the item but before we noted it finds it here, never a second one),
//      create it with every field or PATCH the changed fields with If-Match,
//   3. delete the outbox row at the ETag it was read with (a change meanwhile keeps it).
// Failures are kept on the row with a growing wait and retried on later passes, up to
// SHAREPOINT_WRITE_MAX_ATTEMPTS; then the row is dead-lettered (skipped) and GET /api/sync/status
// lists it for coordinators, whose retry gives it fresh attempts.
//
// 412 on If-Match (the item changed in SharePoint since our last write) is resolved field by
// field, by the rule in docs/decisions/0007: the app owns the fields it writes, coordinators the
// rest; for a field both changed, the later change wins (the item's Modified against the outbox
// row's changedAt). A field the coordinator wins is dropped from our write, logged, and comes
// back into the app through the next delta sync.
import { randomUUID } from "node:crypto";
import type { SharePointConflict } from "../../contract/index.js";
import type { Logger } from "../../logger.js";
import type { FikaStore } from "../../bot/fikaStore.js";
import type { CourseStore } from "../../store/courseStore.js";
import type { NeedsStore } from "../../store/needsStore.js";
import type { RegistrationStore } from "../../store/registrationStore.js";
import { describeGraphError, isNotFound, isPreconditionFailed } from "../graphErrors.js";
import type { ListKey } from "../listDefinition.js";
import { LIST_NAMES } from "../listNames.js";
import { courseItems, REGISTRATION_FIELDS_BY_CHANGE, REGISTRATION_STATUS_LABELS, registrationItems, registrationKey, registrationListFields } from "../mapping/catalogueItems.js";
import { memberItems } from "../mapping/directoryItems.js";
import type { GraphListItem, SiteLists } from "../siteLists.js";
import type { MirrorRow, SyncState } from "../sync/syncState.js";
import { writeCourseBack, writeFikaBack, type CourseWriteBackDeps } from "./courseWriteBack.js";
import { asText } from "./listItemWrite.js";
import { writeNeedsBack } from "./needsWriteBack.js";
import { registrationConflictGroup, roundOfGroup } from "./outboxItems.js";
import type { ItemLink, OutboxRow, OutboxStore } from "./outboxStore.js";

export interface OutboxWorkerDeps {
  outbox: OutboxStore;
  registrations: RegistrationStore;
  courses: CourseStore;
  /** Fika series to write to the events list; without it fika rows wait. */
  fika?: FikaStore;
  /** Needs rounds to write to Behovsinventeringar and Behov; without it needs rows wait. */
  needs?: NeedsStore;
  site: SiteLists;
  /** The sync's mirror: list item ids of courses and members without asking Graph. */
  state: SyncState;
  log: Logger;
  /** How long a course is held by one worker; a crashed worker's courses wait this long. */
  leaseMs?: number;
}

export interface OutboxPass {
  delivered: number;
  failed: number;
  /** Fields a coordinator changed later than the app: kept as the coordinator set them. */
  conflicts: { registrationId: string; field: string }[];
  /** Course, session, site and fika items the lists refused (412): the list's version kept, the app's shown beside it. */
  refused: number;
  /** Courses another worker holds. */
  busy: number;
}

const MAX_412_ROUNDS = 3;
/** Lists of what coordinators make in the tabs: looked up when present, refused by name when a write needs one missing. */
const OPTIONAL_LISTS: ListKey[] = ["sessions", "receivingSites", "events", "needsRounds", "needs"];
const same = (a: unknown, b: unknown) => (a ?? "") === (b ?? "") || String(a ?? "") === String(b ?? "");

export class OutboxWorker {
  private readonly owner = randomUUID();
  private running: Promise<OutboxPass> | undefined;
  private listIds: Map<ListKey, string> | undefined;

  constructor(private readonly deps: OutboxWorkerDeps) {}

  /** One pass over every pending course; concurrent callers share it. */
  drain(options: { leaseMs?: number } = {}): Promise<OutboxPass> {
    this.running ??= this.pass(options.leaseMs ?? this.deps.leaseMs ?? 60_000).finally(() => (this.running = undefined));
    return this.running;
  }

  private async pass(leaseMs: number): Promise<OutboxPass> {
    const { outbox, log } = this.deps;
    const result: OutboxPass = { delivered: 0, failed: 0, conflicts: [], refused: 0, busy: 0 };
    const keys = new KeyLookup(this.deps);
    for (const course of await outbox.pendingCourses()) {
      let etag = await outbox.lease(course, this.owner, leaseMs);
      if (!etag) {
        result.busy++;
        continue;
      }
      for (const row of (await outbox.rows(course.courseId)).filter((r) => outbox.isDue(r))) {
        try {
          await this.deliver(row, keys, result);
          if (await outbox.done(row)) result.delivered++;
        } catch (error) {
          result.failed++;
          const reason = describeGraphError(error, { site: this.deps.site.site, role: "write" });
          const { dead } = await outbox.failed(row, reason);
          const message = dead ? "sharepoint write-back dead-lettered: shown to coordinators, retried only on their request" : "sharepoint write-back failed; retried later";
          log.warn(message, { courseId: row.courseId, registrationId: row.registrationId, attempt: row.attempts + 1, error: reason });
        }
        etag = await outbox.renew(course.courseId, this.owner, leaseMs);
      }
      await outbox.release(course.courseId, etag, (await outbox.rows(course.courseId)).length === 0);
    }
    if (result.delivered + result.failed > 0) log.info("sharepoint write-back pass", { ...result, conflicts: result.conflicts.length });
    return result;
  }

  private async resolveListIds(): Promise<Map<ListKey, string>> {
    if (this.listIds) return this.listIds;
    const lists = await this.deps.site.lists();
    const ids = new Map<ListKey, string>();
    for (const m of [registrationItems, courseItems, memberItems]) {
      const found = lists.find((l) => l.displayName.toLowerCase() === m.displayName.toLowerCase());
      if (!found) throw new Error(`the list "${m.displayName}" is missing on the site: run npm run provision`);
      ids.set(m.list, found.id);
    }
    // Needed for courses, fika and needs only: a site provisioned before they existed still writes registrations.
    for (const key of OPTIONAL_LISTS) {
      const found = lists.find((l) => l.displayName.toLowerCase() === LIST_NAMES[key].label.sv.toLowerCase());
      if (found) ids.set(key, found.id);
    }
    return (this.listIds = ids);
  }

  /** What a course's or a series' write-back needs: list ids, member items, links. */
  private writeBackDeps(keys: KeyLookup): CourseWriteBackDeps {
    const { courses, fika, site, outbox } = this.deps;
    const listId = async (list: ListKey) => {
      const id = (await this.resolveListIds()).get(list);
      if (!id) throw new Error(`the list "${LIST_NAMES[list].label.sv}" is missing on the site: run npm run provision`);
      return id;
    };
    return { courses, fika, site, links: outbox.courseLinks, listId, memberItemId: async (id) => keys.itemId("members", id, await this.resolveListIds()), now: Date.now };
  }

  private async deliver(row: OutboxRow, keys: KeyLookup, result: OutboxPass): Promise<void> {
    if (row.kind === "course") {
      const written = await writeCourseBack(this.writeBackDeps(keys), row.courseId);
      result.refused += written.refused;
      // Its row was deleted in the list and written again: its registrations' rows still point
      // at the deleted one, so they are written again in full (decision 0007).
      if (written.courseItemReplaced) {
        const { registrations } = await this.deps.registrations.list(row.courseId);
        await this.deps.outbox.resend(row.courseId, registrations.map((r) => r.id));
      }
      return;
    }
    if (row.kind === "fika") {
      if (!this.deps.fika) throw new Error("fika series are not written back by this worker");
      result.refused += await writeFikaBack(this.writeBackDeps(keys), row.courseId.slice("fika~".length));
      return;
    }
    if (row.kind === "needs") {
      if (!this.deps.needs) throw new Error("needs rounds are not written back by this worker");
      await writeNeedsBack({ ...this.writeBackDeps(keys), needs: this.deps.needs, log: this.deps.log }, roundOfGroup(row.courseId)!);
      return;
    }
    const { outbox, registrations, site } = this.deps;
    const record = await registrations.get(row.courseId, row.registrationId);
    if (!record) return; // nothing of it exists any more: nothing to write
    const lists = await this.resolveListIds();
    const listId = lists.get("registrations")!;
    const [courseItemId, personMemberItemId, siteMemberItemId] = await Promise.all([
      keys.itemId("courses", record.courseId, lists),
      keys.itemId("members", record.person.memberId, lists),
      record.siteMemberId ? keys.itemId("members", record.siteMemberId, lists) : undefined,
    ]);
    if (!courseItemId) throw new Error(`the course ${record.courseId} is not in the list "${courseItems.displayName}" (yet)`);
    if (!personMemberItemId) throw new Error(`the member ${record.person.memberId} is not in the list "${memberItems.displayName}" (yet)`);
    const all = registrationListFields(record, { courseItemId, personMemberItemId, siteMemberItemId });

    let link: ItemLink | undefined = await outbox.link(row.courseId, row.registrationId);
    let write: Record<string, unknown> = all;
    if (!link) {
      const found = await this.findItem(listId, registrationKey(record.courseId, record.id));
      if (!found) {
        const created = await site.createItem(listId, all);
        await outbox.saveLink(row.courseId, row.registrationId, { itemId: created.id, etag: created.eTag, written: all });
        return;
      }
      link = { itemId: found.id, etag: found.eTag, written: {} };
    } else if (!row.created) {
      const changed = (["status", "attendance", "member"] as const).flatMap((change) => (row[change] ? REGISTRATION_FIELDS_BY_CHANGE[change] : []));
      write = Object.fromEntries(changed.map((f) => [f, all[f]]));
    }
    try {
      const outcome = await this.patch(listId, link, write, row, result);
      const refused = outcome.refused.length > 0;
      await outbox.saveLink(row.courseId, row.registrationId, { itemId: link.itemId, etag: outcome.etag, written: { ...link.written, ...outcome.written }, refused });
      // What the list refused is shown on the course until the app writes the registration again.
      const conflicts = registrationConflictGroup(row.courseId);
      if (refused) await outbox.courseLinks.saveItemConflict(conflicts, new Date().toISOString(), { list: LIST_NAMES.registrations.label.sv, itemId: link.itemId, title: record.person.name, fields: outcome.refused });
      else if (link.refused) await outbox.courseLinks.clearItemConflict(conflicts, link.itemId);
    } catch (error) {
      if (!isNotFound(error)) throw error;
      // A coordinator deleted the item: the registration exists in the app, so it is written again.
      if (link.refused) await outbox.courseLinks.clearItemConflict(registrationConflictGroup(row.courseId), link.itemId);
      const created = await site.createItem(listId, all);
      await outbox.saveLink(row.courseId, row.registrationId, { itemId: created.id, etag: created.eTag, written: all });
    }
  }

  /**
   * PATCH with If-Match; on 412 the field rule of 0007 decides what is still written. `refused`:
   * the fields a coordinator changed later in the list, with the list's value and the app's.
   */
  private async patch(
    listId: string,
    link: ItemLink,
    fields: Record<string, unknown>,
    row: OutboxRow,
    result: OutboxPass,
  ): Promise<{ etag?: string; written: Record<string, unknown>; refused: RefusedField[] }> {
    const { site, log } = this.deps;
    const write = { ...fields };
    const settled: Record<string, unknown> = {};
    const refused = () => Object.entries(settled).map(([field, list]): RefusedField => ({ field, list: asText(list), app: asText(fields[field]) }));
    let etag = link.etag;
    for (let round = 0; ; round++) {
      if (Object.keys(write).length === 0) return { etag, written: settled, refused: refused() };
      try {
        const answer = await site.updateItem(listId, link.itemId, write, etag);
        return { etag: (answer["@odata.etag"] as string | undefined) ?? etag, written: { ...settled, ...write }, refused: refused() };
      } catch (error) {
        if (!isPreconditionFailed(error) || round >= MAX_412_ROUNDS) throw error;
      }
      const item = await site.getItem(listId, link.itemId);
      const theirs = item.fields ?? {};
      const modified = Date.parse(String(item.lastModifiedDateTime ?? theirs.Modified ?? ""));
      const coordinatorIsLater = Number.isFinite(modified) && modified > Date.parse(row.changedAt);
      for (const [field, value] of Object.entries(write)) {
        const changedByThem = !same(theirs[field], link.written[field]) && !same(theirs[field], value);
        if (changedByThem && coordinatorIsLater && listValueIsTakenIn(field, theirs[field])) {
          delete write[field];
          settled[field] = theirs[field];
          result.conflicts.push({ registrationId: row.registrationId, field });
          log.warn("sharepoint write-back: a coordinator's later edit is kept", { courseId: row.courseId, registrationId: row.registrationId, field, theirs: theirs[field], ours: value });
        }
      }
      // Fields written together stay together (Attendance and its sum AttendedHours).
      for (const group of Object.values(REGISTRATION_FIELDS_BY_CHANGE)) {
        if (group.some((f) => f in settled)) for (const f of group) if (f in write) (settled[f] = theirs[f], delete write[f]);
      }
      etag = item.eTag ?? (theirs["@odata.etag"] as string | undefined);
    }
  }

  private async findItem(listId: string, key: string): Promise<GraphListItem | undefined> {
    const sitePath = await this.deps.site.sitePath();
    const filter = `fields/RegistrationKey eq '${key}'`;
    const found = await this.deps.site.all<GraphListItem>(`${sitePath}/lists/${listId}/items?$filter=${filter}&$select=id,eTag&$top=2`);
    return found[0];
  }
}

/** Item ids of courses and members by their keys: from the sync's mirror, else one indexed $filter. */
class KeyLookup {
  private readonly fromMirror = new Map<ListKey, Promise<Map<string, string>>>();

  constructor(private readonly deps: OutboxWorkerDeps) {}

  async itemId(list: "courses" | "members", key: string, lists: Map<ListKey, string>): Promise<string | undefined> {
    let mirror = this.fromMirror.get(list);
    if (!mirror) {
      // A key used twice stands for its lowest item id, the one the sync projects. A Map keeps a
      // key's last entry, so the highest ids go in first.
      const highestFirst = (rows: MirrorRow[]) => rows.filter((r) => !r.deleted && r.data).sort((a, b) => Number(b.itemId) - Number(a.itemId));
      mirror = this.deps.state.mirrorRows(list).then((rows) => new Map(highestFirst(rows).map((r) => [(JSON.parse(r.data!) as { id: string }).id, r.itemId])));
      this.fromMirror.set(list, mirror);
    }
    const known = (await mirror).get(key);
    if (known) return known;
    const column = list === "courses" ? "CourseKey" : "MemberKey";
    const sitePath = await this.deps.site.sitePath();
    const filter = `fields/${column} eq '${key.replace(/'/g, "''")}'`;
    const found = await this.deps.site.all<GraphListItem>(`${sitePath}/lists/${lists.get(list)}/items?$filter=${filter}&$select=id&$top=2`);
    if (found[0]) (await mirror).set(key, found[0].id);
    return found[0]?.id;
  }
}

type RefusedField = SharePointConflict["items"][number]["fields"][number];

/**
 * Whether a coordinator's later value of this field in the list wins over the app's (decision
 * 0007): only where the sync takes the list's value into the app, so that both end up the same.
 * Attendance is taken in; of Status only Avanmäld (seats and waitlists are the app's, a hand-set
 * Anmäld or Väntelista is reported, not applied); the member hours count for is the app's
 * (corrected in the tab), so the app's value is written over the list's.
 */
function listValueIsTakenIn(field: string, theirs: unknown): boolean {
  if (field === "Status") return theirs === REGISTRATION_STATUS_LABELS.cancelled;
  return field !== "PersonMemberLookupId";
}
