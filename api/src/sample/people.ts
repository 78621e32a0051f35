// Fictional contact persons: common Swedish first names and surnames combined at random, with
// example.org addresses. No real person's contact details are invented.
import type { Contact, ContactRoleId } from "../contract/index.js";
import { normalizeText } from "../domain/normalize.js";
import type { Random } from "./random.js";

const FIRST_NAMES = [
  "Anna", "Eva", "Maria", "Karin", "Sara", "Lena", "Kerstin", "Emma", "Ingrid", "Malin", "Linnea", "Elin",
  "Johanna", "Sofia", "Helena", "Amira", "Leila", "Fatima", "Erik", "Lars", "Karl", "Anders", "Johan",
  "Per", "Mikael", "Nils", "Jonas", "Oskar", "Ali", "Omar", "Ahmed", "Björn", "Göran", "Åsa", "Örjan",
];
const SURNAMES = [
  "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson",
  "Gustafsson", "Pettersson", "Jonsson", "Lindberg", "Lindqvist", "Bergström", "Holm", "Sandberg",
  "Åberg", "Öberg", "Ekström", "Hassan", "Mohammed", "Lund", "Strand", "Dahl", "Forsberg", "Sjöberg",
];

/** Role mix of a typical learning centre's contacts: first a principal, then the rest. */
const ROLE_POOL: ContactRoleId[] = [
  "it-tekniker", "ikt-pedagog", "larare", "larare", "studievagledare", "kompetensmaklare", "samordnare",
];

export function emailLocalPart(name: string): string {
  return normalizeText(name).replace(/ /g, ".");
}

export function makeContacts(
  random: Random,
  memberId: string,
  count: number,
  techNetwork: boolean,
  usedEmails: Set<string>,
): Contact[] {
  return Array.from({ length: count }, (_, i) => {
    const role: ContactRoleId = i === 0 ? "rektor" : random.pick(ROLE_POOL);
    const name = `${random.pick(FIRST_NAMES)} ${random.pick(SURNAMES)}`;
    let email = `${emailLocalPart(name)}@example.org`;
    for (let n = 2; usedEmails.has(email); n++) email = `${emailLocalPart(name)}${n}@example.org`;
    usedEmails.add(email);
    const technical = role === "it-tekniker" || role === "ikt-pedagog";
    return {
      id: `${memberId}-k${i + 1}`,
      memberId,
      name,
      role,
      email,
      // The number series the Swedish telecom regulator reserves for fiction (031-390 500 00–99).
      phone: `031-390 500 ${String(random.int(0, 99)).padStart(2, "0")}`,
      techNetwork: techNetwork && (technical || random.chance(0.3)),
    };
  });
}
