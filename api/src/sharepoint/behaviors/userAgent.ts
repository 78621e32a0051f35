// Traffic decoration: SharePoint Online gives decorated traffic priority when it throttles.
// Microsoft documents the form NONISV|CompanyName|AppName/Version for apps that an
// organisation builds for itself. Header values must be ASCII-safe, so "Nätverk" is folded.
import type { Context, Middleware } from "@microsoft/microsoft-graph-client";
import { setRequestHeader } from "./headers.js";

export function decoratedUserAgent(company: string, app: string, version: string): string {
  const ascii = (s: string) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^\x20-\x7e]|\|/g, "");
  return `NONISV|${ascii(company)}|${ascii(app)}/${ascii(version)}`;
}

export class UserAgentBehavior implements Middleware {
  private next!: Middleware;
  constructor(private readonly userAgent: string) {}

  async execute(context: Context): Promise<void> {
    setRequestHeader(context, "User-Agent", this.userAgent);
    await this.next.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}
