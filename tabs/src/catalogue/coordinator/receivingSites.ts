// Receiving sites in the course form: the members that receive a live broadcast in a room of their
// own, each with its own seats. The API's rules (courseBuilder): a live broadcast needs at least
// one, a hybrid course may have some, on-site and online courses have none. The form keeps one row
// per chosen member (room and seats as typed) and sends them in the order they were chosen, so the
// API's errors ("receivingSites.1.room") point back at a row.
import type { Course, CourseFormat, CourseInput } from "@campus-westum/api/contract";

export type SitesRule = "required" | "optional" | "none";

export function receivingSitesRule(format: CourseFormat): SitesRule {
  if (format === "live-broadcast") return "required";
  if (format === "hybrid") return "optional";
  return "none";
}

export interface SiteRow {
  memberId: string;
  /** Shown when the directory does not (or not yet) know the member. */
  memberName: string;
  room: string;
  seats: string;
}

export function siteRowsOf(course: Course | null): SiteRow[] {
  return (course?.receivingSites ?? []).map((site) => ({
    memberId: site.memberId,
    memberName: site.memberName,
    room: site.room,
    seats: String(site.seats),
  }));
}

/** A row's member as the directory names it, or as the course named it when the directory does not know it. */
export function siteName(row: SiteRow, members: readonly { id: string; name: string }[] | null): string {
  return members?.find((member) => member.id === row.memberId)?.name ?? row.memberName;
}

/** The rows for a new choice of members: rows already filled in are kept, new members get empty ones. */
export function withChosenMembers(rows: readonly SiteRow[], chosenIds: readonly string[], members: readonly { id: string; name: string }[]): SiteRow[] {
  return chosenIds.map(
    (id) => rows.find((row) => row.memberId === id) ?? { memberId: id, memberName: members.find((m) => m.id === id)?.name ?? id, room: "", seats: "" },
  );
}

/**
 * What the API gets. Seats as typed: an empty or non-numeric entry goes as NaN (null in JSON) so
 * the API names the field, never as a silent 0. A format without sites sends none, while the rows
 * stay in the form in case the coordinator switches back.
 */
export function siteInputs(rows: readonly SiteRow[], format: CourseFormat): CourseInput["receivingSites"] {
  if (receivingSitesRule(format) === "none") return [];
  return rows.map((row) => ({ memberId: row.memberId, room: row.room.trim(), seats: seatsNumber(row.seats) }));
}

function seatsNumber(text: string): number {
  const trimmed = text.trim();
  return trimmed === "" ? Number.NaN : Number(trimmed);
}

/** Where the form shows an API error about receiving sites: at the member choice, or at one row's room or seats. */
export type SiteErrorPlace = { at: "choice" } | { at: "room" | "seats"; row: number };

export function siteErrorPlace(field: string): SiteErrorPlace | null {
  const match = /^receivingSites(?:\.(\d+)(?:\.(\w+))?)?$/.exec(field);
  if (!match) return null;
  const [, row, part] = match;
  if (row !== undefined && (part === "room" || part === "seats")) return { at: part, row: Number(row) };
  return { at: "choice" };
}

/** Lower-case without accents, so "boras" finds Borås and "FALK" Falköping. */
const fold = (text: string) => text.toLocaleLowerCase("sv-SE").normalize("NFD").replace(/[\u0300-\u036f]/g, "");

/** Members whose name or municipalities contain every word of the query; all of them for an empty query. */
export function matchMembers<M extends { name: string; municipalities: readonly string[] }>(members: readonly M[], query: string): M[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...members];
  return members.filter((member) => {
    const text = fold([member.name, ...member.municipalities].join(" "));
    return words.every((word) => text.includes(word));
  });
}
