// Reuses a token until shortly before it expires, and shares one request among concurrent callers
// (the directory fires several requests at once on load).
export interface IssuedToken {
  token: string;
  /** Epoch milliseconds. */
  expiresAt: number;
}

const REFRESH_BEFORE_EXPIRY_MS = 2 * 60 * 1000;

export function cachedTokenSource(issue: () => Promise<IssuedToken>): () => Promise<string> {
  let current: IssuedToken | null = null;
  let pending: Promise<IssuedToken> | null = null;
  return async () => {
    if (current && current.expiresAt - REFRESH_BEFORE_EXPIRY_MS > Date.now()) return current.token;
    pending ??= issue().finally(() => {
      pending = null;
    });
    current = await pending;
    return current.token;
  };
}
