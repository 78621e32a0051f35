// A synthetic directory for benchmarks: a network far larger than Westum's 41 members
// (DESIGN.md plans for 1,000 organisations and 50,000 people; the search bench uses 10,000
// members and 50,000 contacts). Deterministic, built from the sample data's vocabulary.
import { DIGITAL_SYSTEMS, EDUCATION_AREAS, type MemberDetail, type SubRegionId } from "../contract/index.js";
import { MUNICIPALITIES, subRegionsOf } from "./geography.js";
import { makeContacts } from "./people.js";
import { SAMPLE_PROJECTS } from "./projects.js";
import { seededRandom } from "./random.js";

const KINDS = ["Lärcentrum", "Vuxenutbildningen", "Kompetenscentrum", "Lärcenter", "Campus", "Utbildningscentrum"];
const PROJECTS = SAMPLE_PROJECTS.map((p) => p.name);

export function syntheticDirectory(memberCount: number, contactsPerMember: number): MemberDetail[] {
  const random = seededRandom(10_000);
  const places = (Object.entries(MUNICIPALITIES) as [SubRegionId, readonly string[]][]).flatMap(([subRegion, list]) =>
    list.map((municipality) => ({ subRegion, municipality })),
  );
  const usedEmails = new Set<string>();
  return Array.from({ length: memberCount }, (_, i) => {
    const place = random.pick(places);
    const id = `syn-${i}`;
    const techNetwork = random.chance(0.3);
    return {
      id,
      name: `${random.pick(KINDS)} ${place.municipality} ${i + 1}`,
      subRegions: subRegionsOf([place.municipality]),
      municipalities: [place.municipality],
      areas: random.some(EDUCATION_AREAS.map((a) => a.id), 2, 7),
      systems: ["Teams", ...random.some(DIGITAL_SYSTEMS.slice(1), 1, 4)],
      techNetwork,
      sample: true,
      description: "Syntetisk medlem för prestandamätning.",
      projects: random.some(PROJECTS, 0, 2),
      contacts: makeContacts(random, id, contactsPerMember, techNetwork, usedEmails),
    };
  });
}
