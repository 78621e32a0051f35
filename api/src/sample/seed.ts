// First-run seeding of local mode: an empty store gets the sample directory and the sample
// catalogue; a store that already has them is left alone, so a second `npm start` keeps what is
// there. The sample catalogue names sample members, so it is only seeded beside the sample
// directory (a benchmark's synthetic directory, say, gets no catalogue).
import type { Services } from "../services.js";
import { sampleDirectory } from "./directory.js";
import { SAMPLE_PROJECTS } from "./projects.js";
import { seedNetworkEventsIfEmpty } from "./networkEvents.js";
import { seedNeedsIfEmpty } from "./needsRounds.js";
import { seedCatalogueIfEmpty } from "./seedCatalogue.js";

export async function seedIfEmpty(services: Services): Promise<{ seeded: boolean; members: number; courses: number }> {
  // Projects on their own: a store seeded before projects were data gets them at its next start.
  if ((await services.projects.list()).length === 0) await services.projects.save(SAMPLE_PROJECTS);
  // The tech network's events on their own too: a store seeded before they existed gets them.
  await seedNetworkEventsIfEmpty(services);
  const sample = sampleDirectory();
  const existing = await services.members.count();
  if (existing === 0) await services.members.save(sample);
  const directory = existing === 0 ? sample : (await services.members.loadAll()).members;
  const present = new Set(directory.map((m) => m.id));
  const catalogue = sample.every((m) => present.has(m.id))
    ? await seedCatalogueIfEmpty(services, directory)
    : { courses: await services.courses.count() };
  // The needs inventory's sample rounds name sample members too.
  if (sample.every((m) => present.has(m.id))) await seedNeedsIfEmpty(services, directory);
  return { seeded: existing === 0, members: existing || directory.length, courses: catalogue.courses };
}
