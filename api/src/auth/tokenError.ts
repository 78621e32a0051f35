// Why a bearer token was refused. Its own module so that the HTTP glue can recognise a refusal
// without loading jose, which only the validator needs (imported on the first token).

export type TokenFailure = "missing" | "malformed" | "expired" | "invalid";

export class TokenError extends Error {
  override name = "TokenError";
  constructor(
    readonly reason: TokenFailure,
    message: string,
  ) {
    super(message);
  }
}
