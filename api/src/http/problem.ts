// Errors as RFC 9457 problem details, with a message a person can act on in their language.
// Handlers throw ProblemError; the route wrapper turns anything else into a 500 that names the
// correlation id and leaks nothing.
import type { HttpResponseInit } from "@azure/functions";
import { PROBLEM_CONTENT_TYPE, type ProblemDetails } from "../contract/index.js";
import type { Lang } from "./language.js";

type Text = Record<Lang, string>;

export class ProblemError extends Error {
  override name = "ProblemError";
  constructor(
    readonly status: number,
    readonly slug: string,
    readonly title: Text,
    readonly detail: Text,
    readonly errors?: { field: string; message: string }[],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail.en);
  }
}

export const problems = {
  unauthorized: (reason: string) =>
    new ProblemError(
      401,
      "unauthorized",
      { sv: "Inte inloggad", en: "Not signed in" },
      {
        sv: "Inloggningen saknas eller har gått ut. Ladda om fliken så loggar Teams in dig igen.",
        en: "Your sign-in is missing or has expired. Reload the tab and Teams will sign you in again.",
      },
      undefined,
      { "WWW-Authenticate": `Bearer error="invalid_token", error_description="${reason.replace(/["\\]/g, "")}"` },
    ),
  forbidden: () =>
    new ProblemError(
      403,
      "forbidden",
      { sv: "Behörighet saknas", en: "Not allowed" },
      {
        sv: "Det här får bara samordnare göra. Be en samordnare på Nätverk Westum om hjälp, eller om rollen samordnare.",
        en: "Only coordinators may do this. Ask a Nätverk Westum coordinator for help, or for the coordinator role.",
      },
    ),
  notFound: (what: Text) =>
    new ProblemError(404, "not-found", { sv: "Hittades inte", en: "Not found" }, what),
  invalidInput: (errors: { field: string; message: string }[], detail: Text) =>
    new ProblemError(400, "invalid-input", { sv: "Ogiltig indata", en: "Invalid input" }, detail, errors),
  /** 409: the request is valid but the state of things refuses it (deadline passed, already registered...). */
  conflict: (slug: string, title: Text, detail: Text) => new ProblemError(409, slug, title, detail),
  /** 413: the body is larger than the API reads (MAX_BODY_BYTES). */
  tooLarge: (maxBytes: number) =>
    new ProblemError(
      413,
      "too-large",
      { sv: "För stort innehåll", en: "Content too large" },
      {
        sv: `Innehållet är större än ${Math.floor(maxBytes / 1024)} kB. Skicka mindre på en gång.`,
        en: `The body is larger than ${Math.floor(maxBytes / 1024)} KB. Send less at a time.`,
      },
    ),
  /** 415: a body that is not JSON (the API reads JSON bodies only). */
  unsupportedMediaType: () =>
    new ProblemError(
      415,
      "unsupported-media-type",
      { sv: "Fel innehållstyp", en: "Unsupported content type" },
      {
        sv: "Skicka innehållet som JSON med Content-Type: application/json.",
        en: "Send the body as JSON with Content-Type: application/json.",
      },
    ),
  /** 429: one person's writes came faster than WRITES_PER_MINUTE allows. */
  tooManyWrites: (retryAfterSeconds: number) =>
    new ProblemError(
      429,
      "too-many-requests",
      { sv: "För många ändringar", en: "Too many changes" },
      {
        sv: `Du har gjort många ändringar på kort tid. Vänta ${retryAfterSeconds} sekunder och försök igen.`,
        en: `You have made many changes in a short time. Wait ${retryAfterSeconds} seconds and try again.`,
      },
      undefined,
      { "Retry-After": String(retryAfterSeconds) },
    ),
  unavailable: () =>
    new ProblemError(
      503,
      "unavailable",
      { sv: "Tillfälligt otillgänglig", en: "Temporarily unavailable" },
      {
        sv: "Lagringen svarar inte just nu. Försök igen om en liten stund.",
        en: "Storage is not answering right now. Try again in a moment.",
      },
      undefined,
      { "Retry-After": "5" },
    ),
};

export function problemResponse(problem: ProblemError, lang: Lang, correlationId: string): HttpResponseInit {
  const body: ProblemDetails = {
    type: `urn:campus-westum:problem:${problem.slug}`,
    title: problem.title[lang],
    status: problem.status,
    detail: problem.detail[lang],
    ...(problem.errors ? { errors: problem.errors } : {}),
    correlationId,
  };
  return { status: problem.status, headers: { ...problem.headers, "Content-Type": PROBLEM_CONTENT_TYPE }, body: JSON.stringify(body) };
}

export function internalErrorResponse(lang: Lang, correlationId: string): HttpResponseInit {
  const problem = new ProblemError(
    500,
    "internal",
    { sv: "Något gick fel", en: "Something went wrong" },
    {
      sv: `Något gick fel hos oss. Försök igen; om felet kvarstår, ge supporten koden ${correlationId}.`,
      en: `Something went wrong on our side. Try again; if it persists, give support the code ${correlationId}.`,
    },
  );
  return problemResponse(problem, lang, correlationId);
}
