// The sample catalogue of local mode: the trainings named in the association's annual report
// (Content Marketing, Kampanjer på sociala medier, Digital upphandling, Digital brottslighet,
// Filmproduktion med mobilen, Skapa instruktionsfilm, Questback Essentials) and a few more, all
// flagged as sample data. Dates are relative to the day the store is seeded, in Stockholm time:
// most courses lie ahead, two lie behind with recorded attendance so the report has numbers.
import type { CourseInput, MemberDetail } from "../contract/index.js";
import { buildCourseRecord } from "../domain/catalogue/courseBuilder.js";
import { courseInputSchema, type CourseRecord } from "../domain/catalogue/courseSchema.js";
import { addDays, parseStockholmTime, stockholmDate, toStockholmIso } from "@campus-westum/bot/stockholmClock";

export interface SampleCourse {
  record: CourseRecord;
  /** How many sample people register (in this order), and for past courses the share of hours they attended. */
  registrations: { count: number; attendance?: number[] };
}

type Plan = Omit<CourseInput, "registrationDeadline" | "sessions" | "description" | "audience" | "language"> & {
  id: string;
  status: CourseRecord["status"];
  description: string;
  audience?: string;
  /** Days from today and Stockholm wall times. */
  sessions: { day: number; from: string; to: string; place?: string; online?: boolean }[];
  deadlineDay: number;
  registrations: SampleCourse["registrations"];
};

const TEAMS = (id: string) => `https://teams.microsoft.com/l/meetup-join/exempel-${id}`;
const STAFF = "Personal på Nätverk Westums medlemmar: lärare, studie- och yrkesvägledare, skolledare.";

const PLANS: Plan[] = [
  {
    id: "content-marketing", title: "Content Marketing", status: "published",
    description: "Så planerar och skapar du innehåll som lockar deltagare och samarbetspartner. Livesänds från Uddevalla till mottagande lärcentra.",
    providerMemberId: "uddevalla-vuxenutbildning", areas: ["handel", "ekonomi"], format: "live-broadcast", project: "DigiWestum", seats: null,
    receivingSites: [
      { memberId: "dacapo-mariestad", room: "Sal 3", seats: 12 },
      { memberId: "larcenter-falkoping", room: "Aulan", seats: 15 },
      { memberId: "vuxenutbildning-sotenas", room: "Studion", seats: 8 },
    ],
    sessions: [{ day: 7, from: "09:00", to: "12:00", online: true }, { day: 14, from: "09:00", to: "12:00", online: true }],
    deadlineDay: 5, registrations: { count: 6 },
  },
  {
    id: "kampanjer-pa-sociala-medier", title: "Kampanjer på sociala medier", status: "published",
    description: "Planera, genomför och följ upp en kampanj på sociala medier för din utbildning.",
    providerMemberId: "kunskapsforbundet-vast", areas: ["handel", "it"], format: "online", project: "DigiWestum", seats: 40, receivingSites: [],
    sessions: [{ day: 10, from: "13:00", to: "15:30", online: true }, { day: 17, from: "13:00", to: "15:30", online: true }],
    deadlineDay: 8, registrations: { count: 4 },
  },
  {
    id: "digital-upphandling", title: "Digital upphandling", status: "published",
    description: "Grunderna i offentlig upphandling av digitala tjänster och system för vuxenutbildningen.",
    providerMemberId: "vuxenutbildningen-i-boras-stad", areas: ["ekonomi"], format: "online", project: "Campus Westum", seats: null, receivingSites: [],
    sessions: [{ day: 21, from: "09:00", to: "11:00", online: true }],
    deadlineDay: 19, registrations: { count: 3 },
  },
  {
    id: "digital-brottslighet", title: "Digital brottslighet", status: "published",
    description: "Bedrägerier, nätfiske och identitetsstöld: hur du skyddar dig själv, dina kolleger och dina elever.",
    providerMemberId: "vuxenutbildningen-i-boras-stad", areas: ["it"], format: "hybrid", project: "DigiWestum", seats: 30,
    receivingSites: [{ memberId: "kunskapsforbundet-vast", room: "Lärosal 2", seats: 10 }],
    sessions: [{ day: 12, from: "10:00", to: "12:00", place: "Borås, Lärcentrum sal 101", online: true }],
    deadlineDay: 10, registrations: { count: 5 },
  },
  {
    id: "filmproduktion-med-mobilen", title: "Filmproduktion med mobilen", status: "published",
    description: "Föreläsning (digital) om berättande med rörlig bild, följd av en heldagsworkshop på plats där du filmar och klipper med din mobil.",
    providerMemberId: "campus-vastra-skaraborg", areas: ["it", "gymnasial"], format: "hybrid", project: "Campus Westum", seats: 20,
    receivingSites: [{ memberId: "dacapo-mariestad", room: "Medieverkstaden", seats: 6 }],
    sessions: [
      { day: 9, from: "09:00", to: "11:00", online: true },
      { day: 16, from: "09:00", to: "15:00", place: "Vara, Campus Västra Skaraborg, Medialabbet" },
    ],
    deadlineDay: 7, registrations: { count: 4 },
  },
  {
    id: "skapa-instruktionsfilm", title: "Skapa instruktionsfilm", status: "published",
    description: "Gör en kort instruktionsfilm för dina elever: manus, skärminspelning och textning. Få platser: väntelista när det är fullt.",
    providerMemberId: "larcenter-falkoping", areas: ["it"], format: "on-site", project: "Campus Westum", seats: 3, receivingSites: [],
    sessions: [{ day: 20, from: "13:00", to: "16:00", place: "Falköping, Lärcenter, sal B12" }],
    deadlineDay: 18, registrations: { count: 5 },
  },
  {
    id: "questback-essentials-grund", title: "Questback Essentials – grundkurs", status: "published",
    description: "Skapa, skicka och sammanställ enkäter i Questback Essentials.",
    providerMemberId: "dacapo-mariestad", areas: ["it", "ekonomi"], format: "online", project: "Campus Westum", seats: 25, receivingSites: [],
    sessions: [{ day: 6, from: "09:00", to: "10:30", online: true }],
    deadlineDay: 5, registrations: { count: 3 },
  },
  {
    id: "questback-essentials-fordjupning", title: "Questback Essentials – fördjupning", status: "published",
    description: "Förgreningar, rapportmallar och export från Questback Essentials. Förkunskap: grundkursen.",
    providerMemberId: "dacapo-mariestad", areas: ["it", "ekonomi"], format: "online", project: "Campus Westum", seats: 25, receivingSites: [],
    sessions: [{ day: 27, from: "09:00", to: "11:00", online: true }],
    deadlineDay: 25, registrations: { count: 0 },
  },
  {
    id: "digitalt-ledarskap", title: "Digitalt ledarskap", status: "published",
    description: "För skolledare: leda verksamhet och medarbetare på distans.",
    providerMemberId: "kunskapsforbundet-vast", areas: ["ekonomi"], format: "online", project: "DigiWestum", seats: 30, receivingSites: [],
    sessions: [{ day: -40, from: "09:00", to: "12:00", online: true }, { day: -33, from: "09:00", to: "12:00", online: true }],
    deadlineDay: -42, registrations: { count: 8, attendance: [1, 1, 1, 0.5, 1, 0, 1, 0.75] },
  },
  {
    id: "service-och-bemotande-i-handeln", title: "Service och bemötande i handeln", status: "published",
    description: "Kort livesänd kurs för småföretag i handel och besöksnäring.",
    providerMemberId: "uddevalla-vuxenutbildning", areas: ["handel", "hotell-restaurang"], format: "live-broadcast", project: "WestKomp 0.1", seats: null,
    receivingSites: [
      { memberId: "vuxenutbildning-sotenas", room: "Sal 1", seats: 10 },
      { memberId: "larcenter-falkoping", room: "Aulan", seats: 10 },
    ],
    sessions: [{ day: -20, from: "13:00", to: "16:00", online: true }, { day: -13, from: "13:00", to: "16:00", online: true }],
    deadlineDay: -22, registrations: { count: 6, attendance: [1, 1, 0.5, 1, 1, 0.25] },
  },
  {
    id: "tillganglighet-i-digitala-lararresurser", title: "Tillgänglighet i digitala lärresurser", status: "draft",
    description: "Utkast: gör material som fungerar med skärmläsare och för elever med läs- och skrivsvårigheter.",
    providerMemberId: "larcenter-falkoping", areas: ["grundlaggande", "sfi"], format: "online", project: "Campus Westum", seats: 30, receivingSites: [],
    sessions: [{ day: 35, from: "13:00", to: "15:00", online: true }],
    deadlineDay: 33, registrations: { count: 0 },
  },
  {
    id: "ai-i-vuxenutbildningen", title: "AI i vuxenutbildningen", status: "cancelled",
    description: "Inställd: ges igen nästa termin.",
    providerMemberId: "kunskapsforbundet-vast", areas: ["it"], format: "online", project: "DigiWestum", seats: 50, receivingSites: [],
    sessions: [{ day: 30, from: "09:00", to: "11:00", online: true }],
    deadlineDay: 28, registrations: { count: 0 },
  },
];

/** A Stockholm wall time `day` days from today; moved an hour on if the clocks skip it. */
function wallTime(today: string, day: number, time: string): string {
  const text = `${addDays(today, day)}T${time}`;
  const parsed = parseStockholmTime(text);
  return parsed.ok ? toStockholmIso(parsed.epochMs) : toStockholmIso((parseStockholmTime(`${text}+01:00`) as { epochMs: number }).epochMs + 3_600_000);
}

export function sampleCatalogue(members: readonly MemberDetail[], nowMs: number): SampleCourse[] {
  const today = stockholmDate(nowMs);
  const byId = new Map(members.map((m) => [m.id, m]));
  return PLANS.map((plan) => {
    const input = courseInputSchema.parse({
      title: plan.title,
      description: `${plan.description} (Exempeldata.)`,
      providerMemberId: plan.providerMemberId,
      areas: plan.areas,
      format: plan.format,
      receivingSites: plan.receivingSites,
      seats: plan.seats,
      audience: plan.audience ?? STAFF,
      project: plan.project,
      language: "sv",
      registrationDeadline: wallTime(today, plan.deadlineDay, "23:59"),
      sessions: plan.sessions.map((s) => ({
        start: wallTime(today, s.day, s.from),
        end: wallTime(today, s.day, s.to),
        ...(s.place ? { place: s.place } : {}),
        ...(s.online ? { onlineUrl: TEAMS(plan.id) } : {}),
      })),
    });
    const built = buildCourseRecord(input, (id) => byId.get(id), { id: plan.id, createdAt: toStockholmIso(nowMs), sample: true }, nowMs);
    if (!built.ok) throw new Error(`sample course ${plan.id}: ${built.problems.map((p) => `${p.field} ${p.text.en}`).join("; ")}`);
    return {
      record: { ...built.record, status: plan.status, ...(plan.status === "cancelled" ? { cancellationReason: "Ges igen nästa termin." } : {}) },
      registrations: plan.registrations,
    };
  });
}
