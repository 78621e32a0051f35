// Every text survives storage (issue 15): generated strings (full Unicode with line and paragraph
// separators, NUL and other controls, lone surrogates, very long ones) posted to every text field
// of every write route (courses, sessions, receiving sites, cancellation, registrations, fika
// series; attendance has ids only, fuzzed the same way). Each answer is a 2xx whose text reads
// back normalised as the contract says, or a 4xx problem+json with storage unchanged; never a 5xx.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Course, FikaSeriesList, ProblemDetails, Registration } from "../../api/src/contract/index.js";
import { startApiHarness, type ApiHarness } from "../support/apiHarness.js";
import { storeFingerprint } from "../support/storeFingerprint.js";
import { courseInput, createCourse } from "./catalogueFixtures.js";

const RUNS = 12;

let api: ApiHarness;
let coordinator: string;

beforeAll(async () => {
  api = await startApiHarness();
  coordinator = await api.token("coordinator");
});
afterAll(() => api?.close());

/** Text of every kind, weighted towards what has broken storage before. */
const anyText = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.constantFrom("Kurs\u2028i två rader", "Stycke\u2029två", "NUL\u0000i titeln", "CR\rLF\r\n", "tab\there", "\uD800halv", "e\u0301 (NFD)", "Å̈ä̸ö ﬁ", "\u0085NEL", "   ", "😀👩‍👩‍👧‍👦", "=SUM(A1)", "\u202Eevil") },
  { weight: 1, arbitrary: fc.tuple(fc.string({ unit: "grapheme", maxLength: 10 }), fc.constantFrom("\u2028", "\u2029", "\n", "\u0000", "\uDC00"), fc.string({ maxLength: 10 })).map((parts) => parts.join("")) },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 9000 }).chain((n) => fc.constantFrom("a", "å", "😀", '"').map((c) => c.repeat(n))) },
);

interface Field {
  max: number;
  multiLine?: boolean;
  required?: boolean;
}

/** What the contract says a field keeps of a text, or undefined when the text is refused. */
function expected(text: string, field: Field): string | undefined {
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)) return undefined;
  let kept = text.replace(/\r\n?|[\u2028\u2029]/g, "\n").normalize("NFC");
  if (/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/.test(kept)) return undefined;
  if (!field.multiLine) kept = kept.replace(/[\t\n]+/g, " ");
  kept = kept.trim();
  // Lengths are counted in code points (zod's .max on strings), so an emoji is one.
  if ([...kept].length > field.max || (field.required && kept === "")) return undefined;
  return kept;
}

const fingerprint = () => storeFingerprint(api.services.config.storageConnectionString, api.services.config.tablePrefix);

/**
 * Sends one text and checks the answer: 2xx and `readBack` gives the expected text, or 4xx
 * problem+json and the store as it was. `send` gets the text to put in its field.
 */
async function checkField(field: Field, send: (text: string) => Promise<Response>, readBack: (response: Response) => Promise<string | undefined>) {
  await fc.assert(
    fc.asyncProperty(anyText, async (text) => {
      const want = expected(text, field);
      const before = want === undefined ? await fingerprint() : undefined;
      const response = await send(text);
      expect(response.status, JSON.stringify(text.slice(0, 80))).toBeLessThan(500);
      if (want === undefined) {
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(response.headers.get("content-type")).toBe("application/problem+json");
        expect(((await response.json()) as ProblemDetails).detail).toBeTruthy();
        expect(await fingerprint()).toEqual(before);
      } else {
        expect(response.status, JSON.stringify(await response.clone().text()).slice(0, 300)).toBeLessThan(300);
        expect(await readBack(response)).toBe(want);
      }
    }),
    { numRuns: RUNS },
  );
}

const postCourse = (body: unknown) => api.send("POST", "/api/courses", { token: coordinator, body });
const courseOf = async (response: Response) => (await response.json()) as Course;
/** The course as stored, read again rather than taken from the write's answer. */
const stored = async (response: Response) => (await (await api.get(`/api/courses/${(await courseOf(response)).id}`, { token: coordinator })).json()) as Course;
const hybrid = (room: string) => courseInput({ format: "hybrid", receivingSites: [{ memberId: "larcenter-falkoping", room, seats: 5 }] });

describe("every text field of the course routes", () => {
  it("title, description and audience on create", async () => {
    await checkField({ max: 200, required: true }, (title) => postCourse(courseInput({ title })), async (r) => (await stored(r)).title);
    await checkField({ max: 8000, multiLine: true }, (description) => postCourse(courseInput({ description })), async (r) => (await stored(r)).description);
    await checkField({ max: 1000 }, (audience) => postCourse(courseInput({ audience })), async (r) => (await stored(r)).audience);
  });

  it("a receiving site's room and a session's place", async () => {
    await checkField({ max: 200, required: true }, (room) => postCourse(hybrid(room)), async (r) => (await stored(r)).receivingSites[0]?.room);
    const session = courseInput().sessions[0]!;
    await checkField({ max: 300, required: true }, (place) => postCourse(courseInput({ sessions: [{ ...session, place }] })), async (r) => (await stored(r)).sessions[0]?.place);
  });

  it("title and description on edit, and the reason of a cancellation", async () => {
    const course = await createCourse(api, courseInput(), { publish: false });
    const put = (input: unknown) => api.send("PUT", `/api/courses/${course.id}`, { token: coordinator, body: input });
    await checkField({ max: 200, required: true }, (title) => put(courseInput({ title })), async (r) => (await stored(r)).title);
    await checkField({ max: 8000, multiLine: true }, (description) => put(courseInput({ description })), async (r) => (await stored(r)).description);
    // Each cancellation needs a course of its own (cancelling is once): made outside the check.
    const drafts = await Promise.all(Array.from({ length: RUNS }, () => createCourse(api, courseInput(), { publish: false })));
    let next = 0;
    await checkField(
      { max: 1000 },
      (reason) => api.send("POST", `/api/courses/${drafts[next++ % drafts.length]!.id}/cancel`, { token: coordinator, body: { reason } }),
      async (r) => (await stored(r)).cancellationReason ?? "",
    );
  });

  it("a registered person's name, and the ids of an attendance entry", async () => {
    const course = await createCourse(api, courseInput({ seats: 1000 }));
    let n = 0;
    await checkField(
      { max: 200, required: true },
      (name) => api.send("POST", `/api/courses/${course.id}/registrations`, { token: coordinator, body: { person: { id: `p-${++n}`, name, email: `p${n}@example.org` }, memberId: "larcenter-falkoping" } }),
      async (r) => {
        const { id } = (await r.json()) as Registration;
        const listed = (await (await api.get(`/api/courses/${course.id}/registrations`, { token: coordinator })).json()) as Registration[];
        return listed.find((x) => x.id === id)?.person.name;
      },
    );
    // No id is free text: anything but a registration and a session of the course is refused.
    const before = await fingerprint();
    await fc.assert(
      fc.asyncProperty(anyText, anyText, async (registrationId, sessionId) => {
        const response = await api.send("PUT", `/api/courses/${course.id}/attendance`, { token: coordinator, body: { entries: [{ registrationId, sessionId, hours: 1 }] } });
        expect(response.status).toBe(400);
        expect(response.headers.get("content-type")).toBe("application/problem+json");
      }),
      { numRuns: RUNS },
    );
    expect(await fingerprint()).toEqual(before);
  });
});

describe("the longest texts", () => {
  it("fit Azure Tables' limits: a course with every field at its longest is stored, and one site more is refused", async () => {
    const members = ((await api.services.directory.current()).search({}, 1, 100).items as { id: string }[]).map((m) => m.id);
    const sites = members.slice(0, 30).map((memberId) => ({ memberId, room: '"'.repeat(200), seats: 10_000 }));
    const session = { ...courseInput().sessions[0]!, place: "😀".repeat(300) };
    const longest = courseInput({ title: "😀".repeat(200), description: "\"😀".repeat(4000), audience: '"'.repeat(1000), format: "hybrid", receivingSites: sites, sessions: Array.from({ length: 40 }, (_, i) => ({ ...session, start: `2030-04-${String(1 + (i % 28)).padStart(2, "0")}T0${i % 9}:00`, end: `2030-04-${String(1 + (i % 28)).padStart(2, "0")}T0${(i % 9) + 1}:00` })) });
    const created = await postCourse(longest);
    expect(created.status, (await created.clone().text()).slice(0, 300)).toBe(201);
    const course = await stored(created);
    expect([course.title, course.description, course.receivingSites.length, course.sessions.length]).toEqual([longest.title, longest.description, 30, 40]);

    const before = await fingerprint();
    const tooMany = await postCourse({ ...longest, receivingSites: [...sites, { memberId: members[30]!, room: "Sal 1", seats: 1 }] });
    expect(tooMany.status).toBe(400);
    expect(((await tooMany.json()) as ProblemDetails).errors?.[0]?.field).toBe("receivingSites");
    expect(await fingerprint()).toEqual(before);
  });
});

describe("the text of a fika series", () => {
  const series = { rrule: "FREQ=MONTHLY;BYDAY=+1TU", firstDate: "2026-01-01", time: "14:00", durationMinutes: 30, joinUrl: "https://teams.microsoft.com/l/meetup-join/fika" };
  const titleOf = async (r: Response) => {
    const { id } = (await r.json()) as { id: string };
    const list = (await (await api.get("/api/fika/series", { token: coordinator })).json()) as FikaSeriesList;
    const title = list.series.find((s) => s.id === id)?.title;
    // Removed again, so that the most series a network keeps is never reached here.
    await (await api.services.tables.table("fika")).deleteEntity("series", id);
    return title;
  };

  it("its title on create and on edit", async () => {
    await checkField({ max: 120, required: true }, (title) => api.send("POST", "/api/fika/series", { token: coordinator, body: { ...series, title } }), titleOf);
    const created = (await (await api.send("POST", "/api/fika/series", { token: coordinator, body: { ...series, title: "Fika" } })).json()) as { id: string };
    await checkField(
      { max: 120, required: true },
      (title) => api.send("PUT", `/api/fika/series/${created.id}`, { token: coordinator, body: { ...series, title } }),
      async (r) => ((await r.json()) as { title: string }).title,
    );
  });
});
