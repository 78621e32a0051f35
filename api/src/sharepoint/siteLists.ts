// SharePoint lists through Graph for one site: the calls provisioning, sync and write-back make,
// and JSON batching (at most 20 requests per $batch; each is throttled on its own, so the
// throttled ones are sent again, after the longest Retry-After among them).
import { GraphError } from "@microsoft/microsoft-graph-client";
import { backoffMs, DEFAULT_RETRY, retryAfterMs } from "./behaviors/retry.js";
import type { GraphConnection } from "./graphClient.js";

export const BATCH_LIMIT = 20;
const BATCH_ATTEMPTS = 5;

export interface GraphPage<T> {
  value: T[];
  "@odata.nextLink"?: string;
  "@odata.deltaLink"?: string;
}

export interface GraphListItem {
  id: string;
  eTag?: string;
  lastModifiedDateTime?: string;
  fields?: Record<string, unknown>;
  deleted?: { state: string };
}

export interface GraphColumn {
  id?: string;
  name: string;
  displayName?: string;
  indexed?: boolean;
  [facet: string]: unknown;
}

export interface GraphList {
  id: string;
  name: string;
  displayName: string;
  columns?: GraphColumn[];
}

export interface BatchRequest {
  method: "GET" | "POST" | "PATCH" | "DELETE";
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface BatchResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

export class SiteLists {
  private siteId: Promise<string> | undefined;

  constructor(
    readonly graph: GraphConnection,
    /** A site id ("host,guid,guid") or its URL (https://host/sites/name). */
    readonly site: string,
    private readonly sleep: (ms: number) => Promise<void> = DEFAULT_RETRY.sleep,
  ) {}

  /** The site's Graph id; a URL is resolved once through /sites/{host}:/{path}. */
  resolveSiteId(): Promise<string> {
    this.siteId ??= (async () => {
      if (!/^https?:\/\//.test(this.site)) return this.site;
      const url = new URL(this.site);
      const site = (await this.graph.client.api(`/sites/${url.hostname}:${url.pathname.replace(/\/$/, "")}`).select("id").get()) as { id: string };
      return site.id;
    })();
    this.siteId.catch(() => (this.siteId = undefined));
    return this.siteId;
  }

  async sitePath(): Promise<string> {
    return `/sites/${await this.resolveSiteId()}`;
  }

  async lists(): Promise<GraphList[]> {
    const path = `${await this.sitePath()}/lists?$select=id,name,displayName&$expand=columns`;
    return this.all<GraphList>(path);
  }

  async createList(displayName: string, columns: GraphColumn[]): Promise<GraphList> {
    return this.graph.client.api(`${await this.sitePath()}/lists`).post({ displayName, columns, list: { template: "genericList" } });
  }

  async columns(listId: string): Promise<GraphColumn[]> {
    return this.all<GraphColumn>(`${await this.sitePath()}/lists/${listId}/columns`);
  }

  async createColumn(listId: string, column: GraphColumn): Promise<GraphColumn> {
    return this.graph.client.api(`${await this.sitePath()}/lists/${listId}/columns`).post(column);
  }

  async updateColumn(listId: string, columnId: string, patch: Partial<GraphColumn>): Promise<GraphColumn> {
    return this.graph.client.api(`${await this.sitePath()}/lists/${listId}/columns/${columnId}`).patch(patch);
  }

  /** One page: a path, or a nextLink/deltaLink as Graph returned it. */
  async page<T>(pathOrLink: string, headers: Record<string, string> = {}): Promise<GraphPage<T>> {
    const path = /^https?:\/\//.test(pathOrLink) ? this.graph.relative(pathOrLink) : pathOrLink;
    return this.graph.client.api(path).headers(headers).get();
  }

  /** Every page of a collection, following @odata.nextLink. */
  async all<T>(path: string, headers: Record<string, string> = {}): Promise<T[]> {
    const found: T[] = [];
    for (let link: string | undefined = path; link; ) {
      const page: GraphPage<T> = await this.page<T>(link, headers);
      found.push(...page.value);
      link = page["@odata.nextLink"];
    }
    return found;
  }

  async createItem(listId: string, fields: Record<string, unknown>): Promise<GraphListItem> {
    return this.graph.client.api(`${await this.sitePath()}/lists/${listId}/items`).post({ fields });
  }

  /** Updates fields only if the item still has `etag`; 412 otherwise. */
  async updateItem(listId: string, itemId: string, fields: Record<string, unknown>, etag?: string): Promise<Record<string, unknown>> {
    const request = this.graph.client.api(`${await this.sitePath()}/lists/${listId}/items/${itemId}/fields`);
    return (etag ? request.header("If-Match", etag) : request).patch(fields);
  }

  /** Deletes the item only if it still has `etag`; 412 otherwise. */
  async deleteItem(listId: string, itemId: string, etag?: string): Promise<void> {
    const request = this.graph.client.api(`${await this.sitePath()}/lists/${listId}/items/${itemId}`);
    await (etag ? request.header("If-Match", etag) : request).delete();
  }

  async getItem(listId: string, itemId: string): Promise<GraphListItem> {
    return this.graph.client.api(`${await this.sitePath()}/lists/${listId}/items/${itemId}?expand=fields`).get();
  }

  /**
   * Sends requests in $batch envelopes of up to 20 and answers in the same order. Throttled
   * requests (429, 503, 504) are sent again in a later envelope; other failures are answered
   * as they came, for the caller to judge. A Retry-After longer than the retry behaviour would
   * sleep (SharePoint has sent minutes) is not cut short: the throttled answers go back to the
   * caller, whose next scheduled run tries again.
   */
  async batch(requests: BatchRequest[]): Promise<BatchResponse[]> {
    const answers: (BatchResponse | undefined)[] = new Array(requests.length);
    let pending = requests.map((_, i) => i);
    for (let attempt = 1; pending.length > 0; attempt++) {
      let waitMs = 0;
      const retry: number[] = [];
      const throttledAnswers = new Map<number, BatchResponse>();
      for (let start = 0; start < pending.length; start += BATCH_LIMIT) {
        const chunk = pending.slice(start, start + BATCH_LIMIT);
        const envelope = { requests: chunk.map((i) => ({ id: String(i), ...requests[i]!, headers: { ...(requests[i]!.body ? { "Content-Type": "application/json" } : {}), ...requests[i]!.headers } })) };
        const { responses } = (await this.graph.client.api("/$batch").post(envelope)) as { responses: (BatchResponse & { id: string })[] };
        for (const response of responses) {
          const i = Number(response.id);
          const throttled = [429, 503, 504].includes(response.status);
          if (throttled && attempt < BATCH_ATTEMPTS) {
            retry.push(i);
            throttledAnswers.set(i, { status: response.status, headers: response.headers ?? {}, body: response.body });
            const header = Object.entries(response.headers ?? {}).find(([k]) => k.toLowerCase() === "retry-after")?.[1];
            waitMs = Math.max(waitMs, retryAfterMs(header) ?? backoffMs(attempt, DEFAULT_RETRY));
          } else answers[i] = { status: response.status, headers: response.headers ?? {}, body: response.body };
        }
      }
      pending = retry.sort((a, b) => a - b);
      if (waitMs > DEFAULT_RETRY.maxDelayMs) {
        for (const i of pending) answers[i] = throttledAnswers.get(i);
        break;
      }
      if (pending.length > 0) await this.sleep(waitMs);
    }
    return answers as BatchResponse[];
  }
}

/** A failed batch answer as the GraphError a plain request would have thrown. */
export function batchError(response: BatchResponse): GraphError {
  const body = response.body as { error?: { code?: string; message?: string } } | undefined;
  const error = new GraphError(response.status, body?.error?.message ?? `status ${response.status}`);
  error.code = body?.error?.code ?? null;
  error.body = response.body;
  error.headers = new Headers(Object.entries(response.headers ?? {}));
  return error;
}
