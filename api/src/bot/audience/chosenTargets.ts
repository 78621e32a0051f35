// The targets of one audience choice, loaded: the bot's conversations, and the directory's
// members when the choice names members, sub-regions or areas (their contacts' chats are found
// among the conversations); `topics` are those whose subscribers the default choice reaches.
// Shared by courses (courseAudience.ts) and the fika (fikaAudience.ts), so both count and send
// the same way.
import type { Topic } from "@campus-westum/bot";
import type { Audience } from "../../contract/index.js";
import type { Services } from "../../services.js";
import { botServicesOf } from "../botServices.js";
import { audienceTargets, type AudienceTargets } from "./audienceTargets.js";

export async function chosenTargets(services: Services, audience: Audience, topics: readonly Topic[]): Promise<AudienceTargets> {
  const fromDirectory = audience.kind === "members" || audience.kind === "subRegions" || audience.kind === "areas";
  const members = fromDirectory ? (await services.members.loadAll()).members : [];
  const conversations = await botServicesOf(services).conversations.all();
  return audienceTargets(audience, members, conversations, topics);
}
