// Fika pairing: the people who opted in meet someone from another member, in pairs, with one
// group of three when their number is odd, and nobody meets a partner they met in the last
// three rounds. Pure and seeded (the same people, history and seed give the same groups).
//
// It is a matching problem; this takes the most constrained person first, gives them the most
// constrained partner they may meet, and starts again in another random order when it gets
// stuck (up to `attempts` times), keeping the best try. People it cannot place (everyone left is
// from their own member, or someone they met lately) are returned as unmatched.

export interface PairingPerson {
  id: string;
  memberId: string;
}

export interface PairingResult {
  groups: string[][];
  unmatched: string[];
}

/** How many past rounds a partner may not repeat from. */
export const NO_REPEAT_ROUNDS = 3;

/** `history`: past rounds' groups, the latest last. */
export function pairUp(people: PairingPerson[], history: string[][][], seed: number, attempts = 40): PairingResult {
  const unique = [...new Map(people.map((p) => [p.id, p])).values()];
  const recent = recentPartners(history.slice(-NO_REPEAT_ROUNDS));
  const memberOf = new Map(unique.map((p) => [p.id, p.memberId]));
  const mayMeet = (a: string, b: string) => a !== b && memberOf.get(a) !== memberOf.get(b) && !recent.get(a)?.has(b);
  const random = seeded(seed);
  let best: PairingResult = { groups: [], unmatched: unique.map((p) => p.id) };
  for (let attempt = 0; attempt < attempts && best.unmatched.length > 0; attempt++) {
    const tried = attemptOnce(shuffle(unique.map((p) => p.id), random), mayMeet);
    if (tried.unmatched.length < best.unmatched.length) best = tried;
  }
  return best;
}

function attemptOnce(ids: string[], mayMeet: (a: string, b: string) => boolean): PairingResult {
  const left = new Set(ids);
  const options = (id: string) => [...left].filter((other) => mayMeet(id, other)).length;
  const groups: string[][] = [];
  const unmatched: string[] = [];
  while (left.size > 0) {
    // The person with the fewest possible partners goes first (ties: the shuffled order).
    const person = [...left].reduce((a, b) => (options(b) < options(a) ? b : a));
    left.delete(person);
    const partners = [...left].filter((other) => mayMeet(person, other));
    if (partners.length === 0) {
      unmatched.push(person);
      continue;
    }
    const partner = partners.reduce((a, b) => (options(b) < options(a) ? b : a));
    left.delete(partner);
    groups.push([person, partner]);
  }
  // An odd one out joins a pair whose both members they may meet: a group of three.
  for (const person of [...unmatched]) {
    const group = groups.find((g) => g.length === 2 && g.every((member) => mayMeet(person, member)));
    if (group) {
      group.push(person);
      unmatched.splice(unmatched.indexOf(person), 1);
      break;
    }
  }
  return { groups, unmatched };
}

function recentPartners(rounds: string[][][]): Map<string, Set<string>> {
  const partners = new Map<string, Set<string>>();
  for (const group of rounds.flat()) {
    for (const a of group) for (const b of group) if (a !== b) partners.set(a, (partners.get(a) ?? new Set()).add(b));
  }
  return partners;
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** mulberry32 */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
