// The one error type for failed API calls: it carries the API's RFC 9457 problem details.
import type { ProblemDetails } from "@campus-westum/api/contract";

export class ProblemError extends Error {
  readonly problem: ProblemDetails;

  constructor(problem: ProblemDetails) {
    super(problem.detail || problem.title);
    this.name = "ProblemError";
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }
}

/** The sentence to show a person for an error, if the API gave one. */
export function problemDetailOf(error: unknown): string | null {
  return error instanceof ProblemError && error.problem.detail ? error.problem.detail : null;
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === "AbortError";
}
