// Microsoft Graph's limits for the Teams requests proactive installation makes ("Microsoft
// Graph service-specific throttling limits", Microsoft Teams service limits, per app per
// tenant): GET of installedApps 60 requests a second, POST of installedApps 30 a second, any
// Teams call 15,000 in 10 seconds (1,500 a second, never reached here). GET /users/{upn}, to
// find a contact's object id, falls under the identity service's own limits and is paced with
// the GETs, which is stricter than it needs.
// Tests and the benchmark compress time as the Teams limits do (teamsLimits.ts): a factor
// shrinks every interval, and several instances split the tenant's budget evenly.

export interface GraphRate {
  /** Requests a second. */
  perSecond: number;
}

export interface TeamsGraphLimits {
  get: GraphRate;
  post: GraphRate;
}

export const TEAMS_GRAPH_LIMITS: TeamsGraphLimits = { get: { perSecond: 60 }, post: { perSecond: 30 } };

/** One instance's share of the limits, with time running `timeScale` times faster. */
export function teamsGraphShare(limits: TeamsGraphLimits, timeScale: number, instances: number): TeamsGraphLimits {
  const share = (rate: GraphRate): GraphRate => ({ perSecond: (rate.perSecond * timeScale) / instances });
  return { get: share(limits.get), post: share(limits.post) };
}
