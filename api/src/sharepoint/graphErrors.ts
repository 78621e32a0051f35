// Reading Graph failures: the client throws GraphError (status, code, headers); fetch throws
// TypeError for a dropped connection. These helpers keep that knowledge in one place.
import { GraphError } from "@microsoft/microsoft-graph-client";

export const statusOf = (error: unknown): number | undefined => (error instanceof GraphError ? error.statusCode : (error as { statusCode?: number })?.statusCode);

export const isGone = (error: unknown) => statusOf(error) === 410;
export const isPreconditionFailed = (error: unknown) => statusOf(error) === 412;
export const isNotFound = (error: unknown) => statusOf(error) === 404;

/** A short description for logs and sync reports: status, Graph error code, message. */
export function describeGraphError(error: unknown): string {
  if (error instanceof GraphError) return `${error.statusCode} ${error.code ?? ""} ${error.message}`.trim();
  return String((error as Error)?.message ?? error);
}
