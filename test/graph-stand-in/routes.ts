// What the stand-in answers, as a pure function of a request and the model: used for plain
// requests and for each request inside a $batch alike. Shapes follow Graph v1.0 for sites,
// lists, columns and list items (see README.md in this folder).
import { columnProblem, storedColumn, typeFacetOf } from "./columns.js";
import type { RequestKind } from "./costs.js";
import { etagOf, type Column, type ColumnSpec, type Fields, type Item, type List, type StandInModel } from "./model.js";
import { fieldsSelection, matches, ODataError, parseFilter } from "./odata.js";

export interface StandInRequest {
  method: string;
  /** Path after /v1.0, e.g. /sites/{id}/lists. */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body?: unknown;
  /** Origin used in absolute links (@odata.nextLink, @odata.deltaLink). */
  origin: string;
}

export interface StandInResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  kind: RequestKind;
}

export const DEFAULT_PAGE_SIZE = 200;
/** SharePoint's list view threshold: no page is larger. */
const MAX_PAGE_SIZE = 5000;

export function graphError(status: number, code: string, message: string, kind: RequestKind = "single", headers?: Record<string, string>): StandInResponse {
  const innerError = { date: new Date().toISOString(), "request-id": crypto.randomUUID() };
  return { status, kind, headers, body: { error: { code, message, innerError } } };
}

export function route(model: StandInModel, req: StandInRequest): StandInResponse {
  const site = resolveSite(model, req.path);
  if (!site) return graphError(404, "itemNotFound", "Requested site could not be found");
  const rest = site.rest;
  const siteLink = `${req.origin}/v1.0/sites/${model.site.id}`;
  try {
    if (rest === "" && req.method === "GET") {
      const s = model.site;
      return { status: 200, kind: "single", body: { id: s.id, displayName: s.displayName, name: s.path.split("/").pop(), webUrl: `https://${s.hostname}${s.path}` } };
    }
    if (rest === "/lists" && req.method === "GET") {
      return { status: 200, kind: "collection", body: { value: model.site.lists.map((l) => listJson(model, l, req.query.get("$expand")?.includes("columns"))) } };
    }
    if (rest === "/lists" && req.method === "POST") return createList(model, req.body as ListBody);
    const m = /^\/lists\/([^/]+)(\/.*)?$/.exec(rest);
    if (!m) return graphError(400, "invalidRequest", `Unsupported path ${req.path}`);
    const list = model.findList(m[1]!);
    if (!list) return graphError(404, "itemNotFound", "The specified list was not found", "single");
    return listRoute(model, list, m[2] ?? "", req, `${siteLink}/lists/${list.id}`);
  } catch (error) {
    if (error instanceof ODataError) return graphError(400, "invalidRequest", error.message, "collection");
    throw error;
  }
}

function listRoute(model: StandInModel, list: List, rest: string, req: StandInRequest, listLink: string): StandInResponse {
  const { method } = req;
  if (rest === "" && method === "GET") return { status: 200, kind: "single", body: listJson(model, list, req.query.get("$expand")?.includes("columns")) };
  if (rest === "/columns" && method === "GET") return { status: 200, kind: "collection", body: { value: list.columns } };
  if (rest === "/columns" && method === "POST") return createColumn(model, list, req.body as Column);
  const column = /^\/columns\/([^/]+)$/.exec(rest);
  if (column && method === "PATCH") {
    const found = list.columns.find((c) => c.id === column[1] || c.name === column[1]);
    if (!found) return graphError(404, "itemNotFound", "Column not found", "write");
    const patch = (req.body ?? {}) as Record<string, unknown>;
    const problem = columnProblem(patch, (id) => !!model.findList(id), true);
    const changesType = typeFacetOf(patch) !== undefined && typeFacetOf(patch) !== typeFacetOf(found);
    if (problem || changesType) return graphError(400, "invalidRequest", problem ?? "A column's type cannot be changed.", "write");
    const facet = typeFacetOf(patch);
    Object.assign(found, patch, facet ? { [facet]: { ...(found[facet] as object), ...(patch[facet] as object) } } : {}, { id: found.id, name: found.name });
    return { status: 200, kind: "write", body: found };
  }
  if (rest === "/items" && method === "GET") return listItems(model, list, req, `${listLink}/items`);
  if (rest === "/items" && method === "POST") {
    const fields = ((req.body as { fields?: Fields })?.fields ?? {}) as Fields;
    const unknown = Object.keys(fields).find((f) => !f.includes("@odata.") && !model.knowsField(list, f));
    if (unknown) return graphError(400, "invalidRequest", `Field '${unknown}' is not recognized`, "write");
    return { status: 201, kind: "write", body: itemJson(model.createItem(list, fields), "all", listLink) };
  }
  if (rest === "/items/delta" && method === "GET") return delta(list, req, `${listLink}/items/delta`);
  const item = /^\/items\/([^/]+)(\/fields)?$/.exec(rest);
  if (!item) return graphError(400, "invalidRequest", `Unsupported path ${req.path}`);
  const found = list.items.get(item[1]!);
  const kind: RequestKind = method === "GET" ? "single" : "write";
  if (!found) return graphError(404, "itemNotFound", "The resource could not be found.", kind);
  // listItem update: "If this request header is included and the eTag provided does not match the
  // current eTag on the item, a 412 Precondition Failed response is returned and the item will not
  // be updated" (https://learn.microsoft.com/graph/api/listitem-update). Deletes alike.
  const ifMatch = req.headers["if-match"];
  if (method !== "GET" && ifMatch && ifMatch !== "*" && ifMatch !== etagOf(found)) {
    return graphError(412, "preconditionFailed", "The item has changed since the ETag was issued.", kind);
  }
  if (method === "GET") return { status: 200, kind, body: itemJson(found, fieldsSelection(req.query.get("$expand") ?? req.query.get("expand")), listLink) };
  if (method === "DELETE") {
    model.deleteItem(list, found);
    return { status: 204, kind };
  }
  if (method === "PATCH") {
    const patch = (item[2] ? req.body : (req.body as { fields?: Fields })?.fields ?? {}) as Fields;
    const unknown = Object.keys(patch).find((f) => !f.includes("@odata.") && !model.knowsField(list, f));
    if (unknown) return graphError(400, "invalidRequest", `Field '${unknown}' is not recognized`, kind);
    const updated = model.updateItem(list, found, patch);
    return { status: 200, kind, body: item[2] ? fieldsJson(updated, "all") : itemJson(updated, "all", listLink) };
  }
  return graphError(405, "invalidRequest", `Method ${method} not allowed`, kind);
}

function listItems(model: StandInModel, list: List, req: StandInRequest, itemsLink: string): StandInResponse {
  const top = pageSize(req.query);
  const filter = req.query.get("$filter");
  const clauses = filter ? parseFilter(filter) : [];
  const honourNonIndexed = (req.headers.prefer ?? "").includes("HonorNonIndexedQueriesWarningMayFailRandomly");
  for (const clause of clauses) {
    if (!model.isIndexed(list, clause.field) && !honourNonIndexed) {
      return graphError(
        400,
        "invalidRequest",
        `Field '${clause.field}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.`,
        "collection",
      );
    }
  }
  // SharePoint's skip token reads "Paged=TRUE&p_ID=<last id>" in base64.
  const skip = req.query.get("$skiptoken");
  const afterId = skip ? Number(new URLSearchParams(Buffer.from(skip, "base64").toString()).get("p_ID")) : 0;
  const selection = fieldsSelection(req.query.get("$expand") ?? req.query.get("expand"));
  const all = [...list.items.values()].filter((i) => Number(i.id) > afterId && matches(i.fields, clauses)).sort((a, b) => Number(a.id) - Number(b.id));
  const page = all.slice(0, top);
  const body: Record<string, unknown> = { value: page.map((i) => itemJson(i, selection, itemsLink.replace(/\/items$/, ""))) };
  if (all.length > top) {
    const next = new URLSearchParams(req.query);
    next.set("$skiptoken", Buffer.from(`Paged=TRUE&p_ID=${page.at(-1)!.id}`).toString("base64"));
    body["@odata.nextLink"] = `${itemsLink}?${next.toString()}`;
  }
  return { status: 200, kind: "collection", body };
}

/** The state a delta link or nextLink carries: epoch, the sequence seen, and where paging stands. */
interface DeltaToken {
  e: number;
  /** Changes after this sequence... */
  s: number;
  /** ...up to this one (fixed when the round started)... */
  u?: number;
  /** ...and after this one on the current page. */
  c?: number;
  /** The fields selection and page size of the round. */
  x?: string[] | "all" | null;
  t?: number;
}

const encodeToken = (t: DeltaToken) => Buffer.from(JSON.stringify(t)).toString("base64url");

function delta(list: List, req: StandInRequest, deltaLink: string): StandInResponse {
  const given = req.query.get("token");
  let token: DeltaToken;
  if (given) {
    try {
      token = JSON.parse(Buffer.from(given, "base64url").toString()) as DeltaToken;
    } catch {
      return graphError(400, "invalidRequest", "Invalid delta token", "delta-token");
    }
    if (token.e !== list.tokenEpoch) return resync(list, token, deltaLink);
  } else {
    token = { e: list.tokenEpoch, s: 0, x: fieldsSelection(req.query.get("$expand") ?? req.query.get("expand")), t: pageSize(req.query) };
  }
  const upper = token.u ?? list.seq;
  const after = token.c ?? token.s;
  const initial = token.s === 0;
  type Change = { seq: number; item?: Item; deletedId?: string };
  const changes: Change[] = [];
  for (const item of list.items.values()) if (item.seq > after && item.seq <= upper) changes.push({ seq: item.seq, item });
  // The first round lists what exists; deletions before it are not news.
  if (!initial) for (const [id, seq] of list.tombstones) if (seq > after && seq <= upper) changes.push({ seq, deletedId: id });
  changes.sort((a, b) => a.seq - b.seq);
  const top = token.t ?? DEFAULT_PAGE_SIZE;
  const page = changes.slice(0, top);
  const listLink = deltaLink.replace(/\/items\/delta$/, "");
  const value = page.map((c) => (c.item ? deltaItemJson(c.item, token, listLink) : { id: c.deletedId, deleted: { state: "deleted" } }));
  const body: Record<string, unknown> = { value };
  if (changes.length > top) {
    body["@odata.nextLink"] = `${deltaLink}?token=${encodeToken({ ...token, u: upper, c: page.at(-1)!.seq })}`;
  } else {
    body["@odata.deltaLink"] = `${deltaLink}?token=${encodeToken({ e: token.e, s: upper, x: token.x, t: token.t })}`;
  }
  return { status: 200, kind: given ? "delta-token" : "delta-initial", body };
}

/**
 * An item in a delta answer. A full enumeration and an item created since the token show it
 * whole; an item updated since shows only the fields changed since, as delta query does:
 * "Updated instances are represented by their id with at least the properties that have been
 * updated" (https://learn.microsoft.com/graph/delta-query-overview, "Resource representation
 * in the delta query response"). How a cleared field is marked is not documented: it comes as
 * null here (the model forgets the field).
 */
function deltaItemJson(item: Item, token: DeltaToken, listLink: string) {
  const selection = token.x ?? null;
  const json = itemJson(item, selection, listLink);
  if (token.s === 0 || item.createdSeq > token.s || !json.fields) return json;
  const selected = (k: string) => selection === "all" || (Array.isArray(selection) && selection.includes(k));
  const changed = Object.keys(item.fieldSeq).filter((k) => item.fieldSeq[k]! > token.s && selected(k));
  const kept = new Set(["@odata.etag", "id", "Modified", ...changed]);
  json.fields = { ...Object.fromEntries(changed.map((k) => [k, null])), ...Object.fromEntries(Object.entries(json.fields).filter(([k]) => kept.has(k.replace(/@odata\.type$/, "")))) };
  return json;
}

/**
 * An expired token, as listItem: delta documents it: 410 Gone, an error code saying how to
 * reconcile (resyncChangesApplyDifferences or resyncChangesUploadDifferences), and a Location
 * header with a new nextLink that starts a fresh enumeration (same fields and page size).
 * https://learn.microsoft.com/graph/api/listitem-delta ("Response")
 */
function resync(list: List, token: DeltaToken, deltaLink: string): StandInResponse {
  const fresh = `${deltaLink}?token=${encodeToken({ e: list.tokenEpoch, s: 0, x: token.x, t: token.t })}`;
  const message = list.resyncCode === "resyncChangesUploadDifferences"
    ? "The delta token is no longer valid. Upload any local items that the service did not return and any that differ."
    : "The delta token is no longer valid. Replace local items with the versions from the service, including deletes.";
  return graphError(410, list.resyncCode, message, "delta-token", { Location: fresh });
}

function pageSize(query: URLSearchParams): number {
  const top = Number(query.get("$top") ?? DEFAULT_PAGE_SIZE);
  return Number.isInteger(top) && top > 0 ? Math.min(top, MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
}

interface ListBody {
  displayName?: string;
  columns?: ColumnSpec[];
  list?: { template?: string };
}

function createList(model: StandInModel, body: ListBody): StandInResponse {
  if (!body?.displayName) return graphError(400, "invalidRequest", "displayName is required", "write");
  if (model.findList(body.displayName)) return graphError(409, "nameAlreadyExists", "A list with this name already exists", "write");
  const columns = body.columns ?? [];
  for (const column of columns) {
    const problem = columnProblem(column, (id) => !!model.findList(id));
    if (problem) return graphError(400, "invalidRequest", problem, "write");
  }
  const list = model.createList(body.displayName, columns.map(storedColumn), body.list?.template);
  return { status: 201, kind: "write", body: listJson(model, list, true) };
}

function createColumn(model: StandInModel, list: List, body: Column): StandInResponse {
  const problem = columnProblem(body, (id) => !!model.findList(id));
  if (problem) return graphError(400, "invalidRequest", problem, "write");
  if (list.columns.some((c) => c.name === body.name)) return graphError(409, "nameAlreadyExists", "A column with this name already exists", "write");
  return { status: 201, kind: "write", body: model.addColumn(list, storedColumn(body)) };
}

function listJson(model: StandInModel, list: List, withColumns = false) {
  return {
    id: list.id,
    name: list.name,
    displayName: list.displayName,
    webUrl: `https://${model.site.hostname}${model.site.path}/Lists/${list.name}`,
    list: { template: list.template, hidden: false, contentTypesEnabled: false },
    ...(withColumns ? { columns: list.columns } : {}),
  };
}

function fieldsJson(item: Item, selection: string[] | "all"): Fields {
  const all: Fields = { "@odata.etag": etagOf(item), id: item.id, ...item.fields, Modified: item.modified, Created: item.created };
  if (selection === "all") return annotateCollections(all);
  return annotateCollections(Object.fromEntries(Object.entries(all).filter(([k]) => k === "@odata.etag" || k === "id" || selection.includes(k))));
}

/**
 * A multi-choice value is a collection of strings, and Graph's fieldValueSet is an open type:
 * such a value carries its type as an instance annotation next to it, "Col@odata.type":
 * "Collection(Edm.String)", the same one a write must send (Microsoft Q&A 813838, "Create
 * ListItem with Choice Column"; TOOLCHAIN.md). A single-value choice is a plain string.
 */
function annotateCollections(fields: Fields): Fields {
  const annotated: Fields = {};
  for (const [key, value] of Object.entries(fields)) {
    if (Array.isArray(value) && value.every((v) => typeof v === "string")) annotated[`${key}@odata.type`] = "Collection(Edm.String)";
    annotated[key] = value;
  }
  return annotated;
}

function itemJson(item: Item, selection: string[] | "all" | null, listLink: string) {
  return {
    "@odata.etag": etagOf(item),
    id: item.id,
    eTag: etagOf(item),
    createdDateTime: item.created,
    lastModifiedDateTime: item.modified,
    webUrl: `${listLink}/items/${item.id}`,
    ...(selection ? { fields: fieldsJson(item, selection) } : {}),
  };
}

function resolveSite(model: StandInModel, path: string): { rest: string } | undefined {
  const s = model.site;
  // /sites/{hostname}:/{server-relative path}[:/rest]
  const byPath = /^\/sites\/([^/:]+):(\/[^:]*?)(?::(\/.*)?)?$/.exec(path);
  if (byPath) return byPath[1] === s.hostname && byPath[2]!.replace(/\/$/, "") === s.path ? { rest: byPath[3] ?? "" } : undefined;
  const byId = /^\/sites\/([^/]+)(\/.*)?$/.exec(path);
  if (!byId) return undefined;
  const id = decodeURIComponent(byId[1]!);
  return id === s.id || id === "root" ? { rest: byId[2] ?? "" } : undefined;
}
