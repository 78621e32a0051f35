// Shared by the catalogue API tests: a course input with fixed dates in 2030 (so results never
// depend on today), coordinator helpers, and readers for the CSV and XLSX exports.
import ExcelJS from "exceljs";
import { expect } from "vitest";
import type { Course, CourseInput, ProblemDetails, Registration } from "../../api/src/contract/index.js";
import type { ApiHarness } from "../support/apiHarness.js";

export function courseInput(overrides: Partial<CourseInput> = {}): CourseInput {
  return {
    title: "Digital brottslighet för lärare",
    description: "Testkurs.",
    providerMemberId: "vuxenutbildningen-i-boras-stad",
    areas: ["it"],
    format: "online",
    receivingSites: [],
    seats: 10,
    audience: "Lärare",
    project: "Campus Westum",
    language: "sv",
    registrationDeadline: "2030-03-01T23:59",
    sessions: [{ start: "2030-03-12T09:00", end: "2030-03-12T12:00", onlineUrl: "https://teams.microsoft.com/l/meetup-join/test" }],
    ...overrides,
  };
}

/** Creates (and by default publishes) a course as the coordinator. */
export async function createCourse(api: ApiHarness, input: CourseInput, { publish = true } = {}): Promise<Course> {
  const token = await api.token("coordinator");
  const created = await api.send("POST", "/api/courses", { token, body: input });
  expect(created.status, JSON.stringify(await created.clone().json())).toBe(201);
  const course = (await created.json()) as Course;
  if (!publish) return course;
  const published = await api.send("POST", `/api/courses/${course.id}/publish`, { token });
  expect(published.status).toBe(200);
  return (await published.json()) as Course;
}

/** The coordinator registers someone else (the way hours get attributed to a member). */
export async function registerPerson(api: ApiHarness, courseId: string, person: { id: string; name: string; memberId: string }, siteMemberId?: string): Promise<Registration> {
  const response = await api.send("POST", `/api/courses/${courseId}/registrations`, {
    token: await api.token("coordinator"),
    body: { person: { id: person.id, name: person.name, email: `${person.id}@example.org` }, memberId: person.memberId, ...(siteMemberId ? { siteMemberId } : {}) },
  });
  expect(response.status).toBe(201);
  return (await response.json()) as Registration;
}

export async function recordAttendance(api: ApiHarness, courseId: string, entries: { registrationId: string; sessionId: string; hours: number }[]): Promise<Response> {
  return api.send("PUT", `/api/courses/${courseId}/attendance`, { token: await api.token("coordinator"), body: { entries } });
}

export async function problemOf(response: Response): Promise<ProblemDetails> {
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  return (await response.json()) as ProblemDetails;
}

/** CSV as Excel reads it: BOM, semicolons, CRLF; quoted fields are not used by these tests' data. */
export async function readCsv(response: Response): Promise<string[][]> {
  expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
  // Response.text() would drop the byte-order mark that tells Excel the file is UTF-8.
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
  expect(text.startsWith("\uFEFF")).toBe(true);
  expect(text.endsWith("\r\n")).toBe(true);
  return text.slice(1).replace(/\r\n$/, "").split("\r\n").map((line) => (line === "" ? [] : line.split(";")));
}

/** The rows of one table of a CSV export: after its title line and header, up to the blank line. */
export function csvSection(rows: string[][], title: string): string[][] {
  const start = rows.findIndex((r) => r.length === 1 && r[0] === title);
  expect(start, title).toBeGreaterThanOrEqual(0);
  const end = rows.findIndex((r, i) => i > start && r.length === 0);
  return rows.slice(start + 2, end < 0 ? undefined : end);
}

/** Every sheet of an XLSX download as rows of cell values (row 1 is the header). */
export async function readXlsx(response: Response): Promise<Map<string, unknown[][]>> {
  expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  const sheets = new Map<string, unknown[][]>();
  workbook.eachSheet((sheet) => {
    // What a partner opening the file sees first: a bold header row that stays put while scrolling.
    expect(sheet.getRow(1).getCell(1).font?.bold, `${sheet.name}: bold header`).toBe(true);
    expect(sheet.views[0], `${sheet.name}: frozen header`).toMatchObject({ state: "frozen", ySplit: 1 });
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    sheets.set(sheet.name, rows);
  });
  return sheets;
}
