// The tables that coordinators export (CSV and XLSX): one course's registrations with hours per
// session, and the participation report. Pure; the writers in export/ only format them.
import { SUB_REGIONS, type ParticipationReport } from "../../contract/index.js";
import type { Lang } from "../../http/language.js";
import type { CourseRecord } from "./courseSchema.js";
import { sumHours } from "./hours.js";
import { poolOf, type RegistrationRecord } from "./registrationRecord.js";
import { waitlistPosition, type SeatLedger } from "./seatRules.js";

export type Cell = string | number | null;

export interface Table {
  /** Sheet name in XLSX (at most 31 characters). */
  name: string;
  columns: string[];
  rows: Cell[][];
}

const subRegionName = (id: string, lang: Lang) => SUB_REGIONS.find((r) => r.id === id)?.[lang] ?? id;

const STATUS = {
  registered: { sv: "Anmäld", en: "Registered" },
  waitlisted: { sv: "Väntelista", en: "Waitlisted" },
  cancelled: { sv: "Avbokad", en: "Cancelled" },
};
/** How the member was decided (contract MemberSource): a declared one is the person's own word. */
const MEMBER_SOURCE = {
  directory: { sv: "Medlemskatalogen", en: "Member directory" },
  declared: { sv: "Egen uppgift", en: "Declared by the person" },
  coordinator: { sv: "Samordnare", en: "Coordinator" },
};
const t = (lang: Lang, sv: string, en: string) => (lang === "sv" ? sv : en);

export function registrationTable(course: CourseRecord, registrations: readonly RegistrationRecord[], ledger: SeatLedger, memberName: (id: string) => string, lang: Lang): Table {
  const sessions = course.sessions;
  return {
    name: t(lang, "Anmälningar", "Registrations"),
    columns: [
      t(lang, "Anmälan", "Registration"),
      t(lang, "Namn", "Name"),
      t(lang, "E-post", "Email"),
      t(lang, "Medlem", "Member"),
      t(lang, "Medlem enligt", "Member from"),
      t(lang, "Mottagande lärcentrum", "Receiving centre"),
      "Status",
      t(lang, "Plats på väntelistan", "Waitlist position"),
      t(lang, "Anmäld", "Registered at"),
      t(lang, "Anmäld av", "Registered by"),
      ...sessions.map((s) => `${s.start.slice(0, 16).replace("T", " ")} (${s.id}, ${s.hours} h)`),
      t(lang, "Timmar totalt", "Total hours"),
    ],
    rows: [...registrations]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((r) => [
        r.id,
        r.person.name,
        r.person.email,
        memberName(r.person.memberId),
        MEMBER_SOURCE[r.memberSource][lang],
        r.siteMemberId ? memberName(r.siteMemberId) : "",
        STATUS[r.status][lang],
        r.status === "waitlisted" ? (waitlistPosition(ledger, poolOf(r), r.id) ?? null) : null,
        r.createdAt,
        r.createdBy === r.person.id ? t(lang, "Personen själv", "The person") : (r.createdByName ?? r.createdBy),
        ...sessions.map((s) => r.attendance[s.id] ?? 0),
        // The columns' sum: hours once recorded for a session that was later removed count nowhere.
        sumHours(sessions.map((s) => r.attendance[s.id] ?? 0)),
      ]),
  };
}

export function reportTables(report: ParticipationReport, lang: Lang): Table[] {
  const hours = t(lang, "Timmar", "Hours");
  const participants = t(lang, "Deltagare", "Participants");
  return [
    {
      name: participants,
      columns: [t(lang, "Namn", "Name"), t(lang, "E-post", "Email"), t(lang, "Medlem", "Member"), t(lang, "Kurser", "Courses"), t(lang, "Kurstillfällen", "Sessions"), hours],
      rows: report.participants.map((p) => [p.name, p.email, p.memberName, p.courses, p.sessions, p.hours]),
    },
    {
      name: t(lang, "Per medlem", "Per member"),
      columns: [t(lang, "Medlem", "Member"), participants, hours],
      rows: report.members.map((m) => [m.memberName, m.participants, m.hours]),
    },
    {
      name: t(lang, "Per delregion", "Per sub-region"),
      columns: [t(lang, "Delregion", "Sub-region"), participants, hours],
      rows: report.subRegions.map((r) => [subRegionName(r.subRegion, lang), r.participants, r.hours]),
    },
    {
      name: t(lang, "Per projekt", "Per project"),
      columns: [t(lang, "Projekt", "Project"), participants, hours],
      rows: report.projects.map((p) => [p.project ?? t(lang, "(inget projekt)", "(no project)"), p.participants, p.hours]),
    },
    {
      name: t(lang, "Per månad", "Per month"),
      columns: [t(lang, "Månad", "Month"), participants, hours],
      rows: report.months.map((m) => [m.month, m.participants, m.hours]),
    },
    {
      name: t(lang, "Summering", "Totals"),
      columns: [t(lang, "Mått", "Measure"), t(lang, "Värde", "Value")],
      rows: [
        [t(lang, "Period", "Period"), `${report.from} – ${report.to}`],
        [t(lang, "Kurser", "Courses"), report.totals.courses],
        [t(lang, "Anmälda personer", "Registered people"), report.totals.registered],
        [t(lang, "Deltog minst ett tillfälle", "Attended at least one session"), report.totals.attended],
        [t(lang, "Timmar totalt", "Total hours"), report.totals.hours],
        [t(lang, "Snitt timmar per deltagare", "Average hours per attendee"), report.totals.averageHoursPerAttendee],
        [t(lang, "Flest timmar, en deltagare", "Most hours, one participant"), report.totals.maxHoursOfOneParticipant],
      ],
    },
  ];
}
