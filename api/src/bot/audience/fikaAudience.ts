// Who a fika series' invitations and reminders reach: the coordinators' choice for the series
// (the subscribers of "fika" when none was made). Used by the fika timer and the reach route.
import type { Audience } from "../../contract/index.js";
import type { Services } from "../../services.js";
import { botServicesOf } from "../botServices.js";
import type { AudienceTargets } from "./audienceTargets.js";
import { chosenTargets } from "./chosenTargets.js";

export async function fikaTargets(services: Services, seriesId: string | undefined, chosen?: Audience): Promise<AudienceTargets & { audience: Audience }> {
  const audience = chosen ?? (seriesId ? await botServicesOf(services).audiences.ofFika(seriesId) : { kind: "subscribers" as const });
  return { audience, ...(await chosenTargets(services, audience, ["fika"])) };
}
