// The member directory as the API serves it and the tabs read it.
// Values in filters and facets are stable ids (ascii) except municipality names and
// digital-system names, which are proper nouns and shown as they are.

export const SUB_REGIONS = [
  { id: "fyrbodal", sv: "Fyrbodal", en: "Fyrbodal" },
  { id: "skaraborg", sv: "Skaraborg", en: "Skaraborg" },
  { id: "sjuharad", sv: "Sjuhärad (Boråsregionen)", en: "Sjuhärad (Borås region)" },
  { id: "goteborgsregionen", sv: "Göteborgsregionen", en: "Gothenburg region" },
  { id: "halland", sv: "Halland", en: "Halland" },
] as const;
export type SubRegionId = (typeof SUB_REGIONS)[number]["id"];

export const EDUCATION_AREAS = [
  { id: "sfi", sv: "SFI – svenska för invandrare", en: "SFI – Swedish for immigrants" },
  { id: "grundlaggande", sv: "Grundläggande vuxenutbildning", en: "Basic adult education" },
  { id: "gymnasial", sv: "Gymnasial vuxenutbildning", en: "Upper-secondary adult education" },
  { id: "vard-omsorg", sv: "Vård och omsorg", en: "Health and social care" },
  { id: "barn-fritid", sv: "Barn och fritid", en: "Child and recreation" },
  { id: "bygg", sv: "Bygg och anläggning", en: "Building and construction" },
  { id: "el", sv: "El och energi", en: "Electricity and energy" },
  { id: "industri", sv: "Industriteknik", en: "Industrial technology" },
  { id: "handel", sv: "Handel", en: "Retail" },
  { id: "hotell-restaurang", sv: "Hotell och restaurang", en: "Hotel and restaurant" },
  { id: "it", sv: "IT", en: "IT" },
  { id: "ekonomi", sv: "Ekonomi och administration", en: "Business and administration" },
  { id: "fordon", sv: "Fordon och transport", en: "Vehicles and transport" },
  { id: "naturbruk", sv: "Naturbruk", en: "Natural resource use" },
  { id: "yrkessvenska", sv: "Yrkessvenska", en: "Vocational Swedish" },
  { id: "sarvux", sv: "Särskild utbildning för vuxna", en: "Special education for adults" },
  { id: "yh", sv: "Yrkeshögskola", en: "Higher vocational education" },
  { id: "hogskola", sv: "Högskolestudier på distans", en: "Distance university studies" },
] as const;
export type EducationAreaId = (typeof EDUCATION_AREAS)[number]["id"];

/** Digital systems are product names: shown as they are in every language. */
export const DIGITAL_SYSTEMS = [
  "Teams", "Zoom", "Canvas", "Moodle", "Vklass", "Alvis", "Questback", "Google Classroom",
  "Adobe Connect", "Itslearning", "Hypergene", "Mentimeter",
] as const;

export const CONTACT_ROLES = [
  { id: "rektor", sv: "Rektor", en: "Principal" },
  { id: "it-tekniker", sv: "IT-tekniker", en: "IT technician" },
  { id: "ikt-pedagog", sv: "IKT-pedagog", en: "ICT educator" },
  { id: "larare", sv: "Lärare", en: "Teacher" },
  { id: "studievagledare", sv: "Studie- och yrkesvägledare", en: "Study counsellor" },
  { id: "kompetensmaklare", sv: "Kompetensmäklare", en: "Skills broker" },
  { id: "samordnare", sv: "Samordnare", en: "Coordinator" },
] as const;
export type ContactRoleId = (typeof CONTACT_ROLES)[number]["id"];

export interface Contact {
  id: string;
  memberId: string;
  name: string;
  role: ContactRoleId;
  /** Email, which is also the user principal name used for Teams chat deep links. */
  email: string;
  phone?: string;
  techNetwork: boolean;
}

/** What every view of a member shows: the result card and the detail. */
export interface MemberProfile {
  id: string;
  name: string;
  /** One or more: Kungsbacka's centre belongs to both Halland and Göteborgsregionen. */
  subRegions: SubRegionId[];
  municipalities: string[];
  areas: EducationAreaId[];
  systems: string[];
  techNetwork: boolean;
  /** True for invented sample members (local mode): the UI labels them "Exempeldata". */
  sample: boolean;
}

/** How many contacts a result card shows; the detail shows them all. */
export const CONTACTS_ON_CARD = 2;

/** A member in search results: the card's contacts only, which keeps a page of results small. */
export interface MemberSummary extends MemberProfile {
  /** At most CONTACTS_ON_CARD: those with a role the search filters on first, then in directory order. */
  contacts: Contact[];
  /** How many contacts the member has in all. */
  contactCount: number;
}

export interface MemberDetail extends MemberProfile {
  contacts: Contact[];
  description?: string;
  address?: string;
  website?: string;
  projects: string[];
}

export const FACET_NAMES = ["subRegion", "municipality", "area", "system", "role", "techNetwork"] as const;
export type FacetName = (typeof FACET_NAMES)[number];

export interface FacetValue {
  value: string;
  count: number;
}

/** Filters of a member search. Within one filter values are alternatives (OR); filters combine with AND. */
export interface MemberFilters {
  q?: string;
  subRegion?: string[];
  municipality?: string[];
  area?: string[];
  system?: string[];
  role?: string[];
  techNetwork?: boolean;
}

export interface MemberSearchResult {
  total: number;
  page: number;
  pageSize: number;
  items: MemberSummary[];
  /** Counts per value of each facet, counted with every filter but that facet's own applied. */
  facets: Record<FacetName, FacetValue[]>;
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
