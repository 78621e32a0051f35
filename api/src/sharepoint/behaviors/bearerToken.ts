// Attaches the app's bearer token to requests for the configured Graph origin, and to no other
// host (a nextLink pointing elsewhere must not receive the token). The library's own
// AuthenticationHandler attaches tokens only for https Graph hosts or https custom hosts, so a
// stand-in on http://127.0.0.1 would get none; owning this small step keeps one code path.
import type { Context, Middleware } from "@microsoft/microsoft-graph-client";
import type { GraphTokenProvider } from "../tokenProvider.js";
import { requestUrl, setRequestHeader } from "./headers.js";

export class BearerTokenBehavior implements Middleware {
  private next!: Middleware;
  constructor(
    private readonly tokens: GraphTokenProvider,
    private readonly graphOrigin: string,
  ) {}

  async execute(context: Context): Promise<void> {
    if (new URL(requestUrl(context)).origin === this.graphOrigin) {
      setRequestHeader(context, "Authorization", `Bearer ${await this.tokens.getAccessToken()}`);
    }
    await this.next.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}
