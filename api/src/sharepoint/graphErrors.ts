// Reading Graph failures: the client throws GraphError (status, code, headers); fetch throws
// TypeError for a dropped connection. These helpers keep that knowledge in one place.
import { GraphError } from "@microsoft/microsoft-graph-client";

export const statusOf = (error: unknown): number | undefined => (error instanceof GraphError ? error.statusCode : (error as { statusCode?: number })?.statusCode);

export const isGone = (error: unknown) => statusOf(error) === 410;
export const codeOf = (error: unknown): string | undefined => (error instanceof GraphError ? (error.code ?? undefined) : undefined);

/** A response header of a failed request (the client keeps the raw response's headers). */
export function headerOf(error: unknown, name: string): string | undefined {
  const headers = error instanceof GraphError ? error.headers : undefined;
  return headers?.get(name) ?? undefined;
}
export const isPreconditionFailed = (error: unknown) => statusOf(error) === 412;
export const isNotFound = (error: unknown) => statusOf(error) === 404;

/** What the app does on the site: "write" to sync and write back, "manage" to create lists. */
export interface SiteAccess {
  site: string;
  role: "write" | "manage";
}

/**
 * A short description for logs and sync reports: status, Graph error code, message. A 403 on
 * the site says what to do: with Sites.Selected the app reaches only the sites, and does only
 * what, an admin granted it (docs/setup.md, step 3).
 */
export function describeGraphError(error: unknown, access?: SiteAccess): string {
  if (access && statusOf(error) === 403) {
    return `the app has no grant on site ${access.site} for this (Graph answered 403${codeOf(error) ? ` ${codeOf(error)}` : ""}): an admin must grant the app Sites.Selected access to this site with the role "${access.role}", see docs/setup.md, step 3`;
  }
  if (error instanceof GraphError) return `${error.statusCode} ${error.code ?? ""} ${error.message}`.trim();
  return String((error as Error)?.message ?? error);
}
