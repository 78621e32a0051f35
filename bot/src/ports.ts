// What the bot's conversations need from the API, with the bot's own view types: the API
// implements these ports when it hosts the bot (api/src/bot/), tests use small fakes.
import type { ConversationStore, Lang } from "./conversations.js";
import type { NeedsPort } from "./needsPort.js";

export interface Labelled {
  id: string;
  sv: string;
  en: string;
}

export interface SessionView {
  id: string;
  start: string;
  end: string;
  place?: string;
  onlineUrl?: string;
}

export interface CourseView {
  id: string;
  title: string;
  providerName: string;
  /** The provider's sub-regions: a member can belong to several. */
  subRegions: string[];
  areas: string[];
  format: Labelled;
  status: "draft" | "published" | "cancelled";
  registrationDeadline: string;
  seatsLeft: number | null;
  sessions: SessionView[];
  cancellationReason?: string;
}

export interface Person {
  id: string;
  name: string;
  email?: string;
}

export type RegisterResult =
  | { ok: true; status: "registered" | "waitlisted"; position?: number }
  | { ok: false; reason: "closed" | "already-registered" | "member-unknown" | "member-differs" | "not-found" | "unavailable" };

/** A member (learning centre) of the directory, for a person to say which one she belongs to. */
export interface MemberChoice {
  id: string;
  name: string;
}

export interface CataloguePort {
  upcoming(filter: { area?: string; subRegion?: string }, limit: number): Promise<CourseView[]>;
  course(courseId: string): Promise<CourseView | undefined>;
  /**
   * Registers the person (the activity's sender). Her member is the directory's; where the
   * directory does not know her, `declaredMemberId` (her own choice in the card) or "member-unknown".
   */
  register(courseId: string, person: Person, declaredMemberId?: string): Promise<RegisterResult>;
  /** The directory's members, by name, for the card that asks which one she belongs to. */
  members(): Promise<MemberChoice[]>;
  registrationsOf(person: Person): Promise<{ course: CourseView; status: "registered" | "waitlisted" | "cancelled"; position?: number }[]>;
  /** Where a browser downloads the course's sessions as iCalendar, without signing in (a signed, expiring link). */
  calendarUrl(courseId: string): string;
  areas: Labelled[];
  subRegions: Labelled[];
}

export interface FikaOccurrence {
  seriesId: string;
  title: string;
  /** ISO start of this occurrence (Europe/Stockholm offset). */
  start: string;
  durationMinutes: number;
  joinUrl: string;
}

export interface RsvpCounts {
  yes: number;
  no: number;
}

export type RsvpAnswer = "yes" | "no";

export interface FikaPort {
  next(afterMs: number): Promise<FikaOccurrence | undefined>;
  occurrence(seriesId: string, start: string): Promise<FikaOccurrence | undefined>;
  rsvp(seriesId: string, start: string, person: Person, answer: RsvpAnswer): Promise<RsvpCounts>;
  counts(seriesId: string, start: string): Promise<RsvpCounts>;
  answerOf(seriesId: string, start: string, personId: string): Promise<RsvpAnswer | undefined>;
  /** Opt in to (or out of) pairing: meeting someone from another member for a fika chat. */
  setPairing(person: Person, optedIn: boolean): Promise<void>;
}

export interface BotPorts {
  conversations: ConversationStore;
  catalogue: CataloguePort;
  fika: FikaPort;
  /** The needs inventory's card (issue 13). */
  needs: NeedsPort;
  now(): number;
  defaultLang: Lang;
}
