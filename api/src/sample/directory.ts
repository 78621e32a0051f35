// The sample directory of local mode: the 41 members of Nätverk Westum covering 46
// municipalities. The seven members named in the association's annual report keep their names;
// the others are invented ("Lärcentrum Tanum") and flagged as sample data. Education areas,
// systems and contacts are invented for every member and said to be so.
import { LOCAL_USERS } from "../auth/localIdentity.js";
import { DIGITAL_SYSTEMS, EDUCATION_AREAS, type Contact, type EducationAreaId, type MemberDetail, type SubRegionId } from "../contract/index.js";
import { normalizeText } from "../domain/normalize.js";
import { subRegionsOf } from "./geography.js";
import { makeContacts } from "./people.js";
import { SAMPLE_PROJECTS } from "./projects.js";
import { seededRandom, type Random } from "./random.js";

interface MemberSeed {
  name: string;
  municipalities: string[];
  named?: boolean;
}

const NAMED: MemberSeed[] = (
  [
  { name: "Uddevalla Vuxenutbildning", municipalities: ["Uddevalla"] },
  { name: "Kunskapsförbundet Väst", municipalities: ["Trollhättan", "Vänersborg"] },
  { name: "Vuxenutbildning Sotenäs", municipalities: ["Sotenäs"] },
  { name: "Campus Västra Skaraborg", municipalities: ["Vara", "Essunga", "Grästorp"] },
  { name: "Lärcenter Falköping", municipalities: ["Falköping"] },
  { name: "Dacapo Mariestad", municipalities: ["Mariestad", "Töreboda", "Gullspång"] },
  { name: "Vuxenutbildningen i Borås Stad", municipalities: ["Borås"] },
  ] satisfies MemberSeed[]
).map((m) => ({ ...m, named: true }));

/** One invented member per remaining member municipality: 34 more, 41 in all, 46 municipalities. */
const INVENTED: [SubRegionId, string[]][] = [
  ["fyrbodal", ["Bengtsfors", "Dals-Ed", "Färgelanda", "Lysekil", "Mellerud", "Munkedal", "Orust", "Strömstad", "Tanum", "Åmål"]],
  ["skaraborg", ["Götene", "Hjo", "Karlsborg", "Lidköping", "Skara", "Skövde", "Tibro", "Tidaholm"]],
  ["sjuharad", ["Bollebygd", "Herrljunga", "Mark", "Svenljunga", "Tranemo", "Ulricehamn", "Vårgårda"]],
  ["goteborgsregionen", ["Ale", "Alingsås", "Kungälv", "Lerum", "Partille"]],
  ["halland", ["Falkenberg", "Halmstad", "Kungsbacka", "Varberg"]],
];

const PROJECTS = SAMPLE_PROJECTS.map((p) => p.name);
const COMMON_AREAS: EducationAreaId[] = ["sfi", "grundlaggande", "gymnasial"];
const VOCATIONAL_AREAS = EDUCATION_AREAS.map((a) => a.id).filter((id) => !COMMON_AREAS.includes(id));

export function slug(name: string): string {
  return normalizeText(name).replace(/ /g, "-").slice(0, 60);
}

function inventedName(random: Random, municipality: string): string {
  return random.pick([`Lärcentrum ${municipality}`, `Vuxenutbildningen i ${municipality}`, `${municipality} Lärcenter`]);
}

/** The local identity's teacher works at Lärcenter Falköping, so the app knows her member. */
function localUserContacts(memberId: string): Contact[] {
  if (memberId !== "larcenter-falkoping") return [];
  const teacher = LOCAL_USERS.find((u) => u.id === "teacher")!;
  return [{ id: `${memberId}-k9`, memberId, name: teacher.name, role: "larare", email: teacher.email, techNetwork: false }];
}

export function sampleDirectory(): MemberDetail[] {
  const random = seededRandom(46);
  const usedEmails = new Set<string>();
  const seeds: MemberSeed[] = [
    ...NAMED,
    ...INVENTED.flatMap(([, municipalities]) =>
      municipalities.map((municipality) => ({ name: inventedName(random, municipality), municipalities: [municipality] })),
    ),
  ];
  return seeds.map((seed, index) => {
    const id = slug(seed.name);
    // About a third take part in the tech network (12-15 members per meeting in 2020).
    const techNetwork = index % 3 === 0 || random.chance(0.1);
    const areas = [...COMMON_AREAS.filter(() => random.chance(0.85)), ...random.some(VOCATIONAL_AREAS, 2, 6)];
    const systems = ["Teams", ...random.some(DIGITAL_SYSTEMS.filter((s) => s !== "Teams"), 1, 4)];
    const municipalityList = seed.municipalities.join(", ");
    return {
      id,
      name: seed.name,
      // From the municipalities: the Kungsbacka member is in Halland and in Göteborgsregionen.
      subRegions: subRegionsOf(seed.municipalities),
      municipalities: seed.municipalities,
      areas,
      systems,
      techNetwork,
      sample: !seed.named,
      description: seed.named
        ? `Medlem i Nätverk Westum för ${municipalityList}. Utbildningsområden, system och kontaktpersoner är exempeldata.`
        : `Påhittad medlem (exempeldata) för ${municipalityList}.`,
      projects: random.some(PROJECTS, 0, 3),
      contacts: [...makeContacts(random, id, random.int(2, 4), techNetwork, usedEmails), ...localUserContacts(id)],
    };
  });
}
