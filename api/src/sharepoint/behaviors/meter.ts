// Counts Graph requests and their resource units by Microsoft's cost table for SharePoint
// (1 RU: a single item or a delta with a token; 2 RU: a multi-item query, a delta without a
// token, or a write). Placed after the retry step, so throttled attempts count too, as they
// do against the tenant's budget. A $batch counts once as a request and per inner request in RU.
import type { Context, Middleware } from "@microsoft/microsoft-graph-client";
import { requestMethod, requestUrl } from "./headers.js";

export class GraphMeter {
  requests = 0;
  resourceUnits = 0;

  snapshot(): { requests: number; resourceUnits: number } {
    return { requests: this.requests, resourceUnits: this.resourceUnits };
  }
}

export function resourceUnitsOf(method: string, url: string): number {
  if (method !== "GET") return 2;
  const { pathname, searchParams } = new URL(url, "https://graph.invalid");
  if (pathname.endsWith("/delta")) return searchParams.has("token") ? 1 : 2;
  if (/\/items\/[^/]+$/.test(pathname) || /\/sites\/[^/]+$/.test(pathname)) return 1;
  return 2;
}

export class MeterBehavior implements Middleware {
  private next!: Middleware;
  constructor(private readonly meter: GraphMeter) {}

  async execute(context: Context): Promise<void> {
    const url = requestUrl(context);
    this.meter.requests++;
    if (url.endsWith("/$batch")) {
      const body = JSON.parse(String(context.options?.body ?? "{}")) as { requests?: { method: string; url: string }[] };
      for (const r of body.requests ?? []) this.meter.resourceUnits += resourceUnitsOf(r.method.toUpperCase(), r.url);
    } else {
      this.meter.resourceUnits += resourceUnitsOf(requestMethod(context), url);
    }
    await this.next.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}
