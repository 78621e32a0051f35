// Turns a coordinator's course input into the course to store: member names resolved from the
// directory, times normalised to Stockholm ISO, session ids kept or given, hours checked. Pure:
// the directory is passed in. Problems come back as fields with texts in both languages.
import type { MemberDetail } from "../../contract/index.js";
import type { CourseInputData, CourseRecord } from "./courseSchema.js";
import { defaultSessionHours, elapsedHours } from "./hours.js";
import type { Bilingual } from "./messages.js";
import { parseStockholmTime, toStockholmIso } from "@campus-westum/bot/stockholmClock";

export interface FieldProblem {
  field: string;
  text: Bilingual;
}

const MAX_SESSION_HOURS = 12;
const at = (text: string) => {
  const parsed = parseStockholmTime(text);
  if (!parsed.ok) throw new Error(`unvalidated time ${text}`); // the schema checked it already
  return parsed.epochMs;
};

export function buildCourseRecord(
  input: CourseInputData,
  members: (id: string) => MemberDetail | undefined,
  previous: CourseRecord | { id: string; createdAt: string; sample?: boolean },
  nowMs: number,
): { ok: true; record: CourseRecord } | { ok: false; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const problem = (field: string, sv: string, en: string) => problems.push({ field, text: { sv, en } });

  const provider = members(input.providerMemberId);
  if (!provider) problem("providerMemberId", `okänd medlem "${input.providerMemberId}"`, `unknown member "${input.providerMemberId}"`);
  const seen = new Set<string>();
  const receivingSites = input.receivingSites.map((site, i) => {
    const member = members(site.memberId);
    if (!member) problem(`receivingSites.${i}.memberId`, `okänd medlem "${site.memberId}"`, `unknown member "${site.memberId}"`);
    if (seen.has(site.memberId)) problem(`receivingSites.${i}.memberId`, "medlemmen står redan som mottagare", "the member is already a receiving site");
    seen.add(site.memberId);
    return { ...site, memberName: member?.name ?? site.memberId };
  });
  if (input.format === "live-broadcast" && receivingSites.length === 0) {
    problem("receivingSites", "en livesändning behöver minst en mottagande medlem", "a live broadcast needs at least one receiving member");
  }
  if ((input.format === "on-site" || input.format === "online") && receivingSites.length > 0) {
    problem("receivingSites", "mottagande medlemmar hör till livesändning och hybrid", "receiving members belong to live broadcasts and hybrid courses");
  }

  const previousSessions = "sessions" in previous ? previous.sessions : [];
  let nextNumber = Math.max(0, ...previousSessions.map((s) => Number(s.id.slice(1)))) + 1;
  const sessionIds = new Set<string>();
  const sessions = input.sessions.map((session, i) => {
    const startMs = at(session.start);
    const endMs = at(session.end);
    const length = elapsedHours(startMs, endMs);
    if (length <= 0) problem(`sessions.${i}.end`, "slutet måste komma efter starten", "the end must come after the start");
    else if (length > MAX_SESSION_HOURS) problem(`sessions.${i}.end`, `ett kurstillfälle får vara högst ${MAX_SESSION_HOURS} timmar`, `a session may last at most ${MAX_SESSION_HOURS} hours`);
    const hours = session.hours ?? Math.max(0, defaultSessionHours(startMs, endMs));
    if (length > 0 && hours > length) problem(`sessions.${i}.hours`, `högst ${length} timmar: så långt är kurstillfället`, `at most ${length} hours: that is how long the session is`);
    if (session.id && !previousSessions.some((s) => s.id === session.id)) problem(`sessions.${i}.id`, `okänt kurstillfälle "${session.id}"`, `unknown session "${session.id}"`);
    const id = session.id ?? `s${nextNumber++}`;
    if (sessionIds.has(id)) problem(`sessions.${i}.id`, "kurstillfället står två gånger", "the session is listed twice");
    sessionIds.add(id);
    return {
      id,
      start: toStockholmIso(startMs),
      end: toStockholmIso(endMs),
      ...(session.place ? { place: session.place } : {}),
      ...(session.onlineUrl ? { onlineUrl: session.onlineUrl } : {}),
      hours,
      startMs,
    };
  });
  sessions.sort((a, b) => a.startMs - b.startMs);
  const deadlineMs = at(input.registrationDeadline);
  const lastEnd = Math.max(...sessions.map((s) => at(s.end)));
  if (sessions.length > 0 && deadlineMs > lastEnd) {
    problem("registrationDeadline", "sista anmälningsdag måste vara före kursens slut", "the registration deadline must be before the course ends");
  }
  if (problems.length > 0 || !provider) return { ok: false, problems };

  const base = "sessions" in previous ? previous : undefined;
  return {
    ok: true,
    record: {
      id: previous.id,
      title: input.title,
      description: input.description,
      providerMemberId: provider.id,
      providerName: provider.name,
      providerSubRegions: provider.subRegions,
      areas: input.areas,
      format: input.format,
      receivingSites,
      seats: input.seats,
      audience: input.audience,
      project: input.project,
      language: input.language,
      status: base?.status ?? "draft",
      registrationDeadline: toStockholmIso(deadlineMs),
      sessions: sessions.map(({ startMs: _s, ...session }) => session),
      ...(base?.cancellationReason ? { cancellationReason: base.cancellationReason } : {}),
      createdAt: previous.createdAt,
      updatedAt: toStockholmIso(nowMs),
      sample: previous.sample ?? false,
    },
  };
}
