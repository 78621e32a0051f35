// Why a bearer token was refused. Its own module so that the HTTP glue can recognise a refusal
// without loading jose, which only the validator needs (imported on the first token).
//   missing, malformed, expired, invalid: no trustworthy token (401, sign in again)
//   claims:       signed by Entra but without a usable user id or tenant id (401)
//   app-only:     a token for an application, not for a signed-in person (403)
//   scope:        a user token without the delegated scope the tabs ask for (403)
//   client:       a user token obtained by a client application that may not call the API (403)

export type TokenFailure = "missing" | "malformed" | "expired" | "invalid" | "claims" | "app-only" | "scope" | "client";

export class TokenError extends Error {
  override name = "TokenError";
  constructor(
    readonly reason: TokenFailure,
    message: string,
  ) {
    super(message);
  }
}

/** Refusals of a valid token that lacks a permission: 403, not 401 (RFC 6750 insufficient_scope). */
export const isPermissionFailure = (reason: TokenFailure): boolean => reason === "app-only" || reason === "scope" || reason === "client";
