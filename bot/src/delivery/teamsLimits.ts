// The Teams limits a bot must keep (Microsoft's "Rate limiting for bots" page): per app per
// tenant 50 requests a second; per bot per conversation 7 a second, 8 in 2 s, 60 in 30 s and
// 1,800 an hour. Tests and the benchmark may compress time by a factor: every window shrinks
// by it, every count stays, so the ratios (and what "97% of the limit" means) are unchanged.

export interface Window {
  limit: number;
  windowMs: number;
}

export interface TeamsLimits {
  tenant: Window;
  conversation: Window[];
}

export const TEAMS_LIMITS: TeamsLimits = {
  tenant: { limit: 50, windowMs: 1000 },
  conversation: [
    { limit: 7, windowMs: 1000 },
    { limit: 8, windowMs: 2000 },
    { limit: 60, windowMs: 30_000 },
    { limit: 1800, windowMs: 3_600_000 },
  ],
};

/** The same limits with time running `factor` times faster (factor 10: 50/s becomes 500/s). */
export function timeScaled(limits: TeamsLimits, factor: number): TeamsLimits {
  const scale = (w: Window): Window => ({ limit: w.limit, windowMs: w.windowMs / factor });
  return { tenant: scale(limits.tenant), conversation: limits.conversation.map(scale) };
}

/**
 * One instance's share when several workers send for the same app and tenant: the tenant
 * budget is split evenly (the Functions app caps its scale-out at `instances`), the
 * per-conversation limits stay whole because 429s for a conversation are retried anyway.
 */
export function shareOf(limits: TeamsLimits, instances: number): TeamsLimits {
  return { ...limits, tenant: { ...limits.tenant, limit: Math.max(1, Math.floor(limits.tenant.limit / instances)) } };
}
