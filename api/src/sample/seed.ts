// First-run seeding of local mode: an empty store gets the sample directory and the sample
// catalogue; a store that already has them is left alone, so a second `npm start` keeps what is there.
import type { Services } from "../services.js";
import { sampleDirectory } from "./directory.js";
import { seedCatalogueIfEmpty } from "./seedCatalogue.js";

export async function seedIfEmpty(services: Services): Promise<{ seeded: boolean; members: number; courses: number }> {
  const existing = await services.members.count();
  const members = existing > 0 ? undefined : sampleDirectory();
  if (members) await services.members.save(members);
  const directory = members ?? (await services.members.loadAll()).members;
  const catalogue = await seedCatalogueIfEmpty(services, directory);
  return { seeded: members !== undefined, members: existing || directory.length, courses: catalogue.courses };
}
