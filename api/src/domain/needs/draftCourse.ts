// A need becomes a draft course (issue 13): the course input a coordinator would otherwise type,
// drawn from what the members stated for one area in a round. Pure; the handler sends it through
// the catalogue's own creation path (validation, the project check, write-back), so the draft is
// an ordinary draft: the coordinator completes it (sessions, the real deadline) and publishes it.
//
// - Title and description in the coordinator's language (the course's language too).
// - Format: the one most members asked for (ties: the catalogue's order of formats).
// - A live broadcast or hybrid course gets the asking members as receiving sites, each with the
//   seats it asked for and a room still to be decided; the course-level seats are left unlimited.
//   A live broadcast needs a receiving site: when only the provider asked, the draft is online.
// - Registration deadline: the 15th of the term's first month (January, August), noon; a placeholder
//   before any session exists, which the coordinator moves when the sessions are set.
import { COURSE_FORMATS, EDUCATION_AREAS, NEEDS_AUDIENCES, TERMS, type CourseFormat, type EducationAreaId, type NeedsResults, type NeedsRound } from "../../contract/index.js";
import type { Lang } from "../../http/language.js";
import { MAX_RECEIVING_SITES, type CourseInputData } from "../catalogue/courseSchema.js";
import { compareSwedish } from "../normalize.js";

/** A receiving site's seat limit (courseInputSchema). */
const MAX_SITE_SEATS = 10_000;
/** The course description's limit (courseInputSchema), less room for the closing line. */
const DESCRIPTION_BUDGET = 7800;

const t = (lang: Lang, sv: string, en: string) => (lang === "sv" ? sv : en);
const areaName = (area: EducationAreaId, lang: Lang) => EDUCATION_AREAS.find((a) => a.id === area)![lang];
const formatName = (format: CourseFormat, lang: Lang) => COURSE_FORMATS.find((f) => f.id === format)![lang];
const audienceName = (audience: string, lang: Lang) => NEEDS_AUDIENCES.find((a) => a.id === audience)![lang];

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function periodName(round: Pick<NeedsRound, "period">, lang: Lang): string {
  return `${TERMS.find((term) => term.id === round.period.term)![lang].toLowerCase()} ${round.period.year}`;
}

/** The members' needs in the area, by member name. */
function askersOf(results: NeedsResults, area: EducationAreaId) {
  return results.byMember
    .map((m) => ({ ...m, needs: m.needs.filter((n) => n.area === area) }))
    .filter((m) => m.needs.length > 0)
    .sort((a, b) => compareSwedish(a.memberName, b.memberName));
}

function mostAskedFormat(askers: ReturnType<typeof askersOf>): CourseFormat {
  const members = (format: CourseFormat) => askers.filter((m) => m.needs.some((n) => n.format === format)).length;
  return COURSE_FORMATS.map((f) => f.id).reduce((best, format) => (members(format) > members(best) ? format : best));
}

export interface DraftChoices {
  providerMemberId: string;
  project: string | null;
  /** Whether the directory still has the member (a receiving site must be one of its members). */
  inDirectory: (memberId: string) => boolean;
}

/** The draft's course input, or undefined when nobody asked for the area in this round. */
export function draftCourseInput(results: NeedsResults, area: EducationAreaId, choices: DraftChoices, lang: Lang): CourseInputData | undefined {
  const askers = askersOf(results, area);
  if (askers.length === 0) return undefined;
  const { round } = results;
  const asked = mostAskedFormat(askers);
  const sites = asked === "live-broadcast" || asked === "hybrid" ? askers.filter((m) => m.memberId !== choices.providerMemberId && choices.inDirectory(m.memberId)).slice(0, MAX_RECEIVING_SITES) : [];
  const format = asked === "live-broadcast" && sites.length === 0 ? "online" : asked;
  const participants = askers.flatMap((m) => m.needs).reduce((sum, n) => sum + n.participants, 0);
  const audiences = NEEDS_AUDIENCES.filter((a) => askers.some((m) => m.needs.some((n) => n.audience === a.id))).map((a) => a[lang].toLowerCase());

  const lines = askers.map((m) =>
    `- ${m.memberName}: ${m.needs.map((n) => `${audienceName(n.audience, lang).toLowerCase()}, ${formatName(n.format, lang).toLowerCase()}, ${n.participants} ${t(lang, "deltagare", "participants")}${n.note ? ` (${n.note})` : ""}`).join("; ")}`,
  );
  const intro = t(
    lang,
    `Utkast från behovsinventeringen "${round.title}": ${askers.length} medlemmar vill ha ${areaName(area, lang)} ${periodName(round, lang)}, för ${participants} deltagare i allt.`,
    `Draft from the needs inventory "${round.title}": ${askers.length} members want ${areaName(area, lang)} in the ${periodName(round, lang)}, for ${participants} participants in all.`,
  );
  let description = `${intro}\n\n${t(lang, "Behov som medlemmarna angav:", "Needs the members stated:")}`;
  let shown = 0;
  for (const line of lines) {
    if (description.length + line.length + 1 > DESCRIPTION_BUDGET) break;
    description += `\n${line}`;
    shown++;
  }
  if (shown < lines.length) description += `\n${t(lang, `… och ${lines.length - shown} medlemmar till (se resultatet).`, `… and ${lines.length - shown} more members (see the results).`)}`;

  const firstMonth = round.period.term === "spring" ? "01" : "08";
  return {
    title: t(lang, `${areaName(area, lang)} – behov ${periodName(round, lang)}`, `${areaName(area, lang)} – needs, ${periodName(round, lang)}`),
    description,
    providerMemberId: choices.providerMemberId,
    areas: [area],
    format,
    receivingSites: sites.map((m) => ({ memberId: m.memberId, room: t(lang, "Lokal bestäms senare", "Room to be decided"), seats: Math.min(MAX_SITE_SEATS, m.needs.reduce((sum, n) => sum + n.participants, 0)) })),
    seats: null,
    audience: sentence(audiences.join(t(lang, " och ", " and "))),
    project: choices.project,
    language: lang,
    registrationDeadline: `${round.period.year}-${firstMonth}-15T12:00`,
    sessions: [],
  };
}
