// First-run seeding of local mode: an empty store gets the sample directory; a store that
// already has data is left alone, so a second `npm start` keeps what is there.
import type { Services } from "../services.js";
import { sampleDirectory } from "./directory.js";

export async function seedIfEmpty(services: Services): Promise<{ seeded: boolean; members: number }> {
  const existing = await services.members.count();
  if (existing > 0) return { seeded: false, members: existing };
  const members = sampleDirectory();
  await services.members.save(members);
  return { seeded: true, members: members.length };
}
