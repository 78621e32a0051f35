// Which members' text contains a token, found through an index instead of scanning every
// member. The matching rule is matchesAllTokens in normalize.ts; this index only makes it fast:
// - a token of three letters or more may stand anywhere in a word (Swedish compounds), so the
//   index keeps the vocabulary of distinct words, finds the words containing the token through
//   their trigrams, and unites those words' members;
// - a shorter token must start a word, and is looked up among word prefixes directly.
// The cost of a lookup depends on the vocabulary, not on how many members there are.
import { andInto, emptyBits, fullBits, orInto, setBit, type Bits } from "./bitset.js";

export class TextIndex {
  private readonly size: number;
  private readonly words: string[] = [];
  private readonly membersOfWord: Bits[] = [];
  /** Trigram -> ids of the words that contain it. */
  private readonly wordsOfTrigram = new Map<string, number[]>();
  /** One- and two-letter word prefixes -> members. */
  private readonly shortPrefixes = new Map<string, Bits>();

  constructor(normalizedTexts: readonly string[]) {
    this.size = normalizedTexts.length;
    const wordIds = new Map<string, number>();
    normalizedTexts.forEach((text, member) => {
      for (const word of text.split(" ")) {
        if (!word) continue;
        let id = wordIds.get(word);
        if (id === undefined) {
          id = this.addWord(word);
          wordIds.set(word, id);
        }
        setBit(this.membersOfWord[id]!, member);
        for (const prefix of [word.slice(0, 1), word.slice(0, 2)]) {
          let bits = this.shortPrefixes.get(prefix);
          if (!bits) this.shortPrefixes.set(prefix, (bits = emptyBits(this.size)));
          setBit(bits, member);
        }
      }
    });
  }

  private addWord(word: string): number {
    const id = this.words.length;
    this.words.push(word);
    this.membersOfWord.push(emptyBits(this.size));
    for (const trigram of new Set(trigrams(word))) {
      const list = this.wordsOfTrigram.get(trigram);
      if (list) list.push(id);
      else this.wordsOfTrigram.set(trigram, [id]);
    }
    return id;
  }

  /** Members whose text matches every token (tokens already normalised). */
  matchAll(tokens: readonly string[]): Bits {
    const result = fullBits(this.size);
    for (const token of tokens) andInto(result, this.match(token));
    return result;
  }

  private match(token: string): Bits {
    if (token.length < 3) return this.shortPrefixes.get(token) ?? emptyBits(this.size);
    // The rarest trigram gives the fewest candidate words; each is then checked exactly.
    let candidates: number[] | undefined;
    for (const trigram of trigrams(token)) {
      const list = this.wordsOfTrigram.get(trigram);
      if (!list) return emptyBits(this.size);
      if (!candidates || list.length < candidates.length) candidates = list;
    }
    const members = emptyBits(this.size);
    for (const id of candidates!) if (this.words[id]!.includes(token)) orInto(members, this.membersOfWord[id]!);
    return members;
  }
}

function trigrams(word: string): string[] {
  const result: string[] = [];
  for (let k = 0; k + 3 <= word.length; k++) result.push(word.slice(k, k + 3));
  return result;
}
