// A refused bearer token as problem+json. No usable token is 401 with `invalid_token` (the tab
// signs in again); a valid token that lacks a permission is 403 with `insufficient_scope`
// (RFC 6750 §3.1), because signing in again gives the same token.
import type { TokenError, TokenFailure } from "../auth/tokenError.js";
import { ProblemError, problems } from "./problem.js";

type Text = { sv: string; en: string };

/** error_description is printable ASCII without quotes or backslashes (RFC 6750 §3). */
const bearer = (error: string, reason: string) => ({ "WWW-Authenticate": `Bearer error="${error}", error_description="${reason.replace(/[^\x20-\x21\x23-\x5b\x5d-\x7e]/g, "")}"` });

/** Refusals with a message of their own: what the person (or IT) can do about each. */
const REFUSALS: Partial<Record<TokenFailure, { status: 401 | 403; slug: string; title: Text; detail: Text }>> = {
  claims: {
    status: 401,
    slug: "unauthorized",
    title: { sv: "Inte inloggad", en: "Not signed in" },
    detail: {
      sv: "Inloggningen saknar ett giltigt användar-id eller organisations-id. Ladda om fliken; hjälper det inte, be IT kontrollera appens registrering i Entra ID.",
      en: "Your sign-in lacks a valid user id or organisation id. Reload the tab; if that does not help, ask IT to check the app's registration in Entra ID.",
    },
  },
  "app-only": {
    status: 403,
    slug: "app-only-token",
    title: { sv: "Bara för inloggade personer", en: "Signed-in people only" },
    detail: {
      sv: "Campus Westum svarar bara på anrop som görs åt en inloggad person, inte på anrop från en app på egen hand. Öppna appen i Teams.",
      en: "Campus Westum only answers calls made for a signed-in person, not calls from an application on its own. Open the app in Teams.",
    },
  },
  scope: {
    status: 403,
    slug: "insufficient-scope",
    title: { sv: "Behörighet saknas", en: "Permission missing" },
    detail: {
      sv: "Inloggningen ger inte appen rätt att använda Campus Westum åt dig (behörigheten access_as_user). Be IT godkänna appens behörighet i Entra ID.",
      en: "Your sign-in does not let the app use Campus Westum for you (the access_as_user permission). Ask IT to grant the app's permission in Entra ID.",
    },
  },
  client: {
    status: 403,
    slug: "client-not-allowed",
    title: { sv: "Programmet får inte anropa", en: "Application not allowed" },
    detail: {
      sv: "Inloggningen kommer från ett program som inte får använda Campus Westum. Öppna appen i Teams, Outlook eller Microsoft 365.",
      en: "Your sign-in comes from an application that may not use Campus Westum. Open the app in Teams, Outlook or Microsoft 365.",
    },
  },
};

export function tokenProblem(error: TokenError): ProblemError {
  const refusal = REFUSALS[error.reason];
  if (!refusal) return problems.unauthorized(error.message);
  const challenge = bearer(refusal.status === 401 ? "invalid_token" : "insufficient_scope", error.message);
  return new ProblemError(refusal.status, refusal.slug, refusal.title, refusal.detail, undefined, challenge);
}
