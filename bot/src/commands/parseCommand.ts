// Understands what a user typed, in Swedish or English: a command and its argument. Matching
// ignores case, accents (å, ä, ö typed as a, a, o) and the bot's @mention in channels.
import type { Lang, Topic } from "../conversations.js";
import type { Labelled } from "../ports.js";

export type Command =
  | { name: "help" }
  | { name: "trainings"; filter?: string }
  | { name: "myRegistrations" }
  | { name: "nextFika" }
  | { name: "subscriptions" }
  | { name: "subscribe"; topic?: string }
  | { name: "unsubscribe"; topic?: string }
  | { name: "language"; lang?: Lang }
  | { name: "pairing"; on?: boolean }
  | { name: "unknown"; text: string };

export const normalize = (text: string) =>
  text
    .replace(/<at>.*?<\/at>/gi, " ")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[.!?,]+$/g, "")
    .replace(/\s+/g, " ")
    .trim();

/** Phrases (normalised) per command; the longest match wins, and what follows is the argument. */
const PHRASES: [string, Command["name"]][] = [
  ["help", "help"], ["hjalp", "help"], ["?", "help"], ["hi", "help"], ["hello", "help"], ["hej", "help"], ["menu", "help"], ["meny", "help"],
  ["trainings", "trainings"], ["training", "trainings"], ["courses", "trainings"], ["utbildningar", "trainings"], ["utbildning", "trainings"], ["kurser", "trainings"],
  ["upcoming courses", "trainings"], ["upcoming trainings", "trainings"], ["kommande utbildningar", "trainings"], ["kommande kurser", "trainings"],
  ["my registrations", "myRegistrations"], ["registrations", "myRegistrations"], ["mina anmalningar", "myRegistrations"], ["anmalningar", "myRegistrations"],
  ["next fika", "nextFika"], ["fika", "nextFika"], ["nasta fika", "nextFika"],
  ["subscriptions", "subscriptions"], ["prenumerationer", "subscriptions"],
  ["subscribe", "subscribe"], ["prenumerera", "subscribe"], ["prenumerera pa", "subscribe"], ["subscribe to", "subscribe"],
  ["unsubscribe", "unsubscribe"], ["avprenumerera", "unsubscribe"], ["sluta prenumerera pa", "unsubscribe"], ["sluta prenumerera", "unsubscribe"],
  ["avsluta prenumeration", "unsubscribe"], ["avsluta prenumerationen", "unsubscribe"], ["avsluta prenumeration pa", "unsubscribe"], ["avsluta prenumerationen pa", "unsubscribe"],
  ["language", "language"], ["sprak", "language"],
  ["fika pairing", "pairing"], ["fikaparning", "pairing"],
];

export function parseCommand(text: string): Command {
  const said = normalize(text);
  const match = PHRASES.filter(([phrase]) => said === phrase || said.startsWith(`${phrase} `)).sort((a, b) => b[0].length - a[0].length)[0];
  if (!match) return { name: "unknown", text: text.trim() };
  const rest = said.slice(match[0].length).trim();
  switch (match[1]) {
    case "trainings":
      return rest ? { name: "trainings", filter: rest } : { name: "trainings" };
    case "subscribe":
    case "unsubscribe":
      return rest ? { name: match[1], topic: rest } : { name: match[1] };
    case "language":
      return { name: "language", lang: /^(en|english|engelska)$/.test(rest) ? "en" : /^(sv|swedish|svenska)$/.test(rest) ? "sv" : undefined };
    case "pairing":
      return { name: "pairing", on: /^(on|pa|ja|yes)$/.test(rest) ? true : /^(off|av|nej|no)$/.test(rest) ? false : undefined };
    case "nextFika":
      // "fika pairing" is caught above; anything else after "fika" is still "next fika".
      return { name: "nextFika" };
    default:
      return { name: match[1] } as Command;
  }
}

export type FilterMatch = { kind: "area" | "subregion"; item: Labelled };

/** An area or sub-region named by id or label, or by the start of a label ("vard" finds "Vård och omsorg"). */
export function matchFilter(word: string, areas: Labelled[], subRegions: Labelled[]): FilterMatch | undefined {
  const wanted = normalize(word);
  const candidates: FilterMatch[] = [...subRegions.map((item) => ({ kind: "subregion" as const, item })), ...areas.map((item) => ({ kind: "area" as const, item }))];
  const names = (c: FilterMatch) => [c.item.id, c.item.sv, c.item.en].map(normalize);
  return candidates.find((c) => names(c).includes(wanted)) ?? candidates.find((c) => names(c).some((n) => n.startsWith(wanted)));
}

/** A subscription topic from what follows "subscribe": trainings [filter], fika or the tech network. */
export function parseTopic(words: string, areas: Labelled[], subRegions: Labelled[]): Topic | undefined {
  const said = normalize(words);
  if (/^(digital )?fika(n)?$|^digitala fikan?$/.test(said)) return "fika";
  if (/^(tech ?network|tekniknatverket|tekniknatverk|teknik)$/.test(said)) return "tech-network";
  const filter = said.replace(/^(new )?(trainings?|courses|utbildningar|utbildning|kurser|nya utbildningar)\b/, "").trim();
  if (filter === "") return said === "" ? undefined : "trainings";
  const match = matchFilter(filter, areas, subRegions);
  return match ? (`${match.kind}:${match.item.id}` as Topic) : undefined;
}
