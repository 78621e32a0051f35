// Errors from the API are RFC 9457 problem details (media type application/problem+json).

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  /** A sentence a person can act on, in the language the request asked for (Accept-Language). */
  detail: string;
  instance?: string;
  /** For validation errors: which input was wrong and why. */
  errors?: { field: string; message: string }[];
  correlationId?: string;
}

export const PROBLEM_CONTENT_TYPE = "application/problem+json";
