// The stand-in's state: one SharePoint site with lists, columns and items, and the change log
// that delta reads. Every write gets the next sequence number of its list; a delta token names
// the sequence it has seen and the list's token epoch, so expiring tokens is one increment.
import { randomUUID } from "node:crypto";

export type Fields = Record<string, unknown>;

export interface ColumnSpec {
  name: string;
  displayName: string;
  indexed: boolean;
  [facet: string]: unknown;
}

export type Column = ColumnSpec & { id: string };

export interface Item {
  id: string;
  guid: string;
  version: number;
  seq: number;
  /** The sequence of the item's creation, and of the last change of each field (delta sends updated fields only). */
  createdSeq: number;
  fieldSeq: Record<string, number>;
  created: string;
  modified: string;
  fields: Fields;
}

export interface List {
  id: string;
  name: string;
  displayName: string;
  template: string;
  columns: Column[];
  items: Map<string, Item>;
  /** Deleted item id -> the sequence of its deletion. */
  tombstones: Map<string, number>;
  seq: number;
  nextItemId: number;
  /** Tokens of an older epoch answer 410 Gone... */
  tokenEpoch: number;
  /** ...with this error code (listItem: delta documents both). */
  resyncCode: ResyncCode;
}

export type ResyncCode = "resyncChangesApplyDifferences" | "resyncChangesUploadDifferences";

export interface Site {
  id: string;
  hostname: string;
  path: string;
  displayName: string;
  lists: List[];
}

/** The columns every generic list has. Title is indexed-free but always present. */
const BUILT_IN_COLUMNS = ["Title", "ID", "Created", "Modified"];

export const etagOf = (item: Item) => `"${item.guid},${item.version}"`;

export class StandInModel {
  readonly site: Site;
  /** A fixed clock makes tests reproducible; each write advances it by a second. */
  private clock = Date.parse("2026-01-05T08:00:00Z");

  constructor(hostname = "westum.sharepoint.com", path = "/sites/campus") {
    this.site = { id: `${hostname},${randomUUID()},${randomUUID()}`, hostname, path, displayName: "Campus Westum", lists: [] };
  }

  findList(idOrName: string): List | undefined {
    const key = decodeURIComponent(idOrName).toLowerCase();
    return this.site.lists.find((l) => l.id === key || l.name.toLowerCase() === key || l.displayName.toLowerCase() === key);
  }

  createList(displayName: string, columns: ColumnSpec[] = [], template = "genericList"): List {
    const list: List = {
      id: randomUUID(),
      name: displayName.replace(/\s+/g, ""),
      displayName,
      template,
      columns: [
        { id: randomUUID(), name: "Title", displayName: "Title", indexed: false, text: {} },
        ...columns.map((c) => ({ ...c, id: randomUUID() })),
      ],
      items: new Map(),
      tombstones: new Map(),
      seq: 0,
      nextItemId: 1,
      tokenEpoch: 1,
      resyncCode: "resyncChangesApplyDifferences",
    };
    this.site.lists.push(list);
    return list;
  }

  addColumn(list: List, column: ColumnSpec): Column {
    const created = { ...column, id: randomUUID() };
    list.columns.push(created);
    return created;
  }

  isIndexed(list: List, field: string): boolean {
    if (field === "id" || field === "ID") return true;
    const base = field.endsWith("LookupId") ? field.slice(0, -"LookupId".length) : field;
    return list.columns.some((c) => c.name === base && c.indexed);
  }

  knowsField(list: List, field: string): boolean {
    const base = field.endsWith("LookupId") ? field.slice(0, -"LookupId".length) : field;
    return BUILT_IN_COLUMNS.includes(base) || list.columns.some((c) => c.name === base);
  }

  createItem(list: List, fields: Fields): Item {
    const now = this.tick();
    const seq = ++list.seq;
    const given = clean(fields);
    const fieldSeq = Object.fromEntries(Object.keys(given).map((k) => [k, seq]));
    const item: Item = { id: String(list.nextItemId++), guid: randomUUID(), version: 1, seq, createdSeq: seq, fieldSeq, created: now, modified: now, fields: given };
    list.items.set(item.id, item);
    return item;
  }

  updateItem(list: List, item: Item, fields: Fields): Item {
    const changes = clean(fields);
    item.fields = { ...item.fields, ...changes };
    for (const [k, v] of Object.entries(item.fields)) if (v === null) delete item.fields[k];
    item.version++;
    item.seq = ++list.seq;
    for (const k of Object.keys(changes)) item.fieldSeq[k] = item.seq;
    item.modified = this.tick();
    return item;
  }

  deleteItem(list: List, item: Item): void {
    list.items.delete(item.id);
    list.tombstones.set(item.id, ++list.seq);
  }

  /** Makes every delta token and delta nextLink of the list answer 410 Gone with `code`. */
  expireDeltaTokens(list: List, code: ResyncCode = "resyncChangesApplyDifferences"): void {
    list.tokenEpoch++;
    list.resyncCode = code;
  }

  private tick(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, "Z");
  }
}

/** Drops OData annotations such as "Areas@odata.type": they describe a value, they are not one. */
function clean(fields: Fields): Fields {
  return Object.fromEntries(Object.entries(fields).filter(([k]) => !k.includes("@odata.")));
}
