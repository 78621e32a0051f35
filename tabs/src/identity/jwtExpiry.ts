// When a JWT expires, read from its payload (not verified: the API verifies; this only decides
// when to ask Teams for a fresh one).
const FALLBACK_LIFETIME_MS = 5 * 60 * 1000;

export function jwtExpiresAt(token: string): number {
  try {
    const payload = token.split(".")[1] ?? "";
    const json = atob(payload.replace(/-/g, "+").replace(/_/g, "/"));
    const exp = (JSON.parse(json) as { exp?: unknown }).exp;
    if (typeof exp === "number") return exp * 1000;
  } catch {
    // Not a readable JWT: treat it as short-lived.
  }
  return Date.now() + FALLBACK_LIFETIME_MS;
}
