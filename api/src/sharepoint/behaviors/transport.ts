// The last step: sends the request with fetch, bounded by a timeout so that a hung connection
// becomes an error the retry step can see.
import type { Context, Middleware } from "@microsoft/microsoft-graph-client";

export class FetchTransport implements Middleware {
  constructor(
    private readonly timeoutMs = 60_000,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  async execute(context: Context): Promise<void> {
    context.response = await this.fetchImpl(context.request, { ...(context.options as RequestInit), signal: AbortSignal.timeout(this.timeoutMs) });
  }
}
