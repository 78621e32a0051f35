// Where each feature's messages are, per language: a module of its own, imported when a feature's
// messages are first asked for, so the sixteen lazy imports are not in the first download of a
// page that shows no feature (the directory inside Teams stays under its 130 KB budget).
import type { Locale } from "./locale";
import type catalogueSv from "./catalogues/catalogue/sv.json";
import type announcementsSv from "./catalogues/announcements/sv.json";
import type fikaSv from "./catalogues/fika/sv.json";
import type syncHealthSv from "./catalogues/sync/sv.json";
import type needsSv from "./catalogues/needs/sv.json";
import type eventsSv from "./catalogues/events/sv.json";
import type configSv from "./catalogues/config/sv.json";
import type teamsSignInSv from "./catalogues/teamsSignIn/sv.json";

type CatalogueMessageId = keyof typeof catalogueSv;
type FikaMessageId = keyof typeof fikaSv;
type AnnouncementsMessageId = keyof typeof announcementsSv;
type SyncHealthMessageId = keyof typeof syncHealthSv;
type TeamsSignInMessageId = keyof typeof teamsSignInSv;
type NeedsMessageId = keyof typeof needsSv;
type EventsMessageId = keyof typeof eventsSv;
type ConfigMessageId = keyof typeof configSv;

/** Every feature's message ids: with the core's, they type every lookup (messages.ts). */
export type FeatureMessageId = CatalogueMessageId | FikaMessageId | AnnouncementsMessageId | SyncHealthMessageId | TeamsSignInMessageId | NeedsMessageId | EventsMessageId | ConfigMessageId;

// Typed like the core: a key missing from a language fails the typecheck.
export const featureCatalogues: {
  catalogue: Record<Locale, () => Promise<Record<CatalogueMessageId, string>>>;
  fika: Record<Locale, () => Promise<Record<FikaMessageId, string>>>;
  announcements: Record<Locale, () => Promise<Record<AnnouncementsMessageId, string>>>;
  sync: Record<Locale, () => Promise<Record<SyncHealthMessageId, string>>>;
  teamsSignIn: Record<Locale, () => Promise<Record<TeamsSignInMessageId, string>>>;
  needs: Record<Locale, () => Promise<Record<NeedsMessageId, string>>>;
  events: Record<Locale, () => Promise<Record<EventsMessageId, string>>>;
  config: Record<Locale, () => Promise<Record<ConfigMessageId, string>>>;
} = {
  catalogue: {
    sv: () => import("./catalogues/catalogue/sv.json").then((module) => module.default),
    en: () => import("./catalogues/catalogue/en.json").then((module) => module.default),
  },
  // The coordinators' digital fika view (lazy, inside the catalogue).
  fika: {
    sv: () => import("./catalogues/fika/sv.json").then((module) => module.default),
    en: () => import("./catalogues/fika/en.json").then((module) => module.default),
  },
  // The coordinators' announcements and their delivery reports (lazy, inside the catalogue).
  announcements: {
    sv: () => import("./catalogues/announcements/sv.json").then((module) => module.default),
    en: () => import("./catalogues/announcements/en.json").then((module) => module.default),
  },
  // The coordinators' sync-health view (lazy, inside the catalogue).
  sync: {
    sv: () => import("./catalogues/sync/sv.json").then((module) => module.default),
    en: () => import("./catalogues/sync/en.json").then((module) => module.default),
  },
  // Why Teams single sign-on failed (identity/teamsSignInError.ts): rare, so fetched when it happens.
  teamsSignIn: {
    sv: () => import("./catalogues/teamsSignIn/sv.json").then((module) => module.default),
    en: () => import("./catalogues/teamsSignIn/en.json").then((module) => module.default),
  },
  // The needs inventory (lazy, inside the catalogue): staff answer, coordinators run rounds.
  needs: {
    sv: () => import("./catalogues/needs/sv.json").then((module) => module.default),
    en: () => import("./catalogues/needs/en.json").then((module) => module.default),
  },
  // The tech network's events (lazy, inside the catalogue), for everyone.
  events: {
    sv: () => import("./catalogues/events/sv.json").then((module) => module.default),
    en: () => import("./catalogues/events/en.json").then((module) => module.default),
  },
  // The channel tab's configuration page (its own route): not in the directory's first load.
  config: {
    sv: () => import("./catalogues/config/sv.json").then((module) => module.default),
    en: () => import("./catalogues/config/en.json").then((module) => module.default),
  },
};
