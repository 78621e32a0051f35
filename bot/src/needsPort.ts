// What the needs inventory's card (issue 13) needs from the API, in the bot's own view types:
// the round, the answers of the members the person is a contact of, and the save, which goes
// through the same rules as the tab's (the API's saveNeedsAnswer). The person is always the
// activity's sender as Teams knows her, never anything the card's data says.
import type { Labelled, Person } from "./ports.js";

export type NeedsRoundState = "draft" | "open" | "closed";

export interface NeedsRoundView {
  id: string;
  title: string;
  /** "Vårterminen 2027" / "Spring term 2027". */
  period: { sv: string; en: string };
  /** The last Stockholm day answers are accepted: "2027-01-31". */
  deadline: string;
  status: NeedsRoundState;
  intro: { sv: string; en?: string };
  /** The areas the form offers, in the directory's order. */
  areas: Labelled[];
}

export interface NeedView {
  area: string;
  audience: string;
  format: string;
  participants: number;
  note?: string;
}

export interface NeedsAnswerView {
  memberId: string;
  memberName: string;
  needs: NeedView[];
  comment?: string;
  /** 0 while nobody has answered; the card sends it back so a stale card cannot overwrite. */
  version: number;
  /** The last save: who and when (ISO). */
  lastChange?: { name: string; at: string };
}

/** What the card sends to be saved: the member's needs and comment, from the version the card showed. */
export interface NeedsAnswerDraft {
  needs: NeedView[];
  comment?: string;
  version: number;
}

export type NeedsSaveResult =
  | { ok: true; answer: NeedsAnswerView }
  | { ok: false; reason: "invalid-input"; errors: { field: string; message: string }[] }
  | { ok: false; reason: "answer-changed"; current: NeedsAnswerView }
  | { ok: false; reason: "not-your-member" | "round-closed" | "not-found" };

export interface NeedsPort {
  round(roundId: string): Promise<NeedsRoundView | undefined>;
  /** The answers of the members whose contact the person is (the directory, by her e-mail), by member name. */
  answersOf(roundId: string, person: Person): Promise<NeedsAnswerView[]>;
  save(roundId: string, memberId: string, person: Person, draft: NeedsAnswerDraft, lang: "sv" | "en"): Promise<NeedsSaveResult>;
  /** The form's vocabulary: audiences (students, staff) and course formats. */
  audiences: Labelled[];
  formats: Labelled[];
}
