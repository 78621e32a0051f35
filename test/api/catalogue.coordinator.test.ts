// Coordinator tools over HTTP against Azurite: create (draft), edit, publish and cancel a course,
// each change of time or place, publish and cancellation recorded as an event for the bot
// (EventStore.listSince), the refusals a coordinator meets (400, 409), and 403 for staff on every
// coordinator action.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Course, CourseEvent, CourseSearchResult, Registration } from "../../api/src/contract/index.js";
import { MAX_SESSIONS } from "../../api/src/domain/catalogue/courseSchema.js";
import { startApiHarness, type ApiHarness } from "../support/apiHarness.js";
import { courseInput, createCourse, problemOf, registerPerson } from "./catalogueFixtures.js";

let api: ApiHarness;
let coordinator: string;
beforeAll(async () => {
  api = await startApiHarness();
  coordinator = await api.token("coordinator");
});
afterAll(() => api?.close());

const eventsOf = async (courseId: string): Promise<CourseEvent[]> => (await api.services.events.listSince()).filter((e) => e.courseId === courseId);
const put = (id: string, body: unknown) => api.send("PUT", `/api/courses/${id}`, { token: coordinator, body });

describe("a course's life: draft, publish, change, cancel", () => {
  it("creates a draft that only coordinators see, and announces nothing yet", async () => {
    const draft = await createCourse(api, courseInput({ title: "Kampanjer på sociala medier" }), { publish: false });
    expect(draft).toMatchObject({ status: "draft", title: "Kampanjer på sociala medier", providerName: "Vuxenutbildningen i Borås Stad", totalHours: 3, seatsLeft: 10 });
    expect(draft.id).toMatch(/^kampanjer-pa-sociala-medier-[0-9a-f]{8}$/);
    expect(draft.sessions[0]).toMatchObject({ id: "s1", start: "2030-03-12T09:00:00+01:00", end: "2030-03-12T12:00:00+01:00", hours: 3 });
    expect((await api.get(`/api/courses/${draft.id}`)).status).toBe(404);
    const staffSearch = (await (await api.get("/api/courses")).json()) as CourseSearchResult;
    expect(staffSearch.facets.status.map((f) => f.value)).not.toContain("draft"); // not even a count
    const coordinatorSearch = (await (await api.get("/api/courses?status=draft", { token: coordinator })).json()) as CourseSearchResult;
    expect(coordinatorSearch.items.map((c) => c.id)).toContain(draft.id);
    expect((await api.get(`/api/courses/${draft.id}`, { token: coordinator })).status).toBe(200);
    const closed = await api.send("POST", `/api/courses/${draft.id}/registrations`, { body: { memberId: "larcenter-falkoping" } });
    expect(closed.status).toBe(404); // staff cannot see a draft at all
    expect(await eventsOf(draft.id)).toEqual([]);
  });

  it("publishes once, with one course-published event", async () => {
    const draft = await createCourse(api, courseInput({ title: "Publiceras" }), { publish: false });
    const published = await api.send("POST", `/api/courses/${draft.id}/publish`, { token: coordinator });
    expect(published.status).toBe(200);
    expect(((await published.json()) as Course).status).toBe("published");
    expect((await api.send("POST", `/api/courses/${draft.id}/publish`, { token: coordinator })).status).toBe(200);
    const events = await eventsOf(draft.id);
    expect(events.map((e) => [e.type, e.title])).toEqual([["course-published", "Publiceras"]]);
    expect(events[0]!.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[12]:00$/);
    expect((await api.get(`/api/courses/${draft.id}`)).status).toBe(200); // staff see it now
  });

  it("refuses to publish a course without sessions (409)", async () => {
    const empty = await createCourse(api, courseInput({ title: "Utan tillfällen", sessions: [] }), { publish: false });
    const response = await api.send("POST", `/api/courses/${empty.id}/publish`, { token: coordinator });
    expect(response.status).toBe(409);
    expect((await problemOf(response)).type).toMatch(/no-sessions$/);
  });

  it("records a change of time or place on a published course, not of its wording", async () => {
    const course = await createCourse(api, courseInput({ title: "Ändras" }));
    const base = courseInput({ title: "Ändras" });
    const keep = { id: "s1", start: "2030-03-12T09:00", end: "2030-03-12T12:00", onlineUrl: base.sessions[0]!.onlineUrl };

    expect((await put(course.id, { ...base, description: "Ny text.", sessions: [keep] })).status).toBe(200);
    expect((await eventsOf(course.id)).map((e) => e.type)).toEqual(["course-published"]);

    const moved = await put(course.id, {
      ...base,
      sessions: [{ ...keep, start: "2030-03-12T10:00", end: "2030-03-12T13:00" }, { start: "2030-04-02T09:00", end: "2030-04-02T11:00", place: "Borås, sal 101" }],
    });
    expect(moved.status).toBe(200);
    const after = (await moved.json()) as Course;
    expect(after.sessions.map((s) => [s.id, s.start, s.hours])).toEqual([
      ["s1", "2030-03-12T10:00:00+01:00", 3],
      ["s2", "2030-04-02T09:00:00+02:00", 2], // summer time by then
    ]);
    const changed = (await eventsOf(course.id)).at(-1)!;
    expect(changed.type).toBe("course-changed");
    expect(changed.changes).toEqual([
      { sessionId: "s1", before: { start: "2030-03-12T09:00:00+01:00", end: "2030-03-12T12:00:00+01:00", onlineUrl: keep.onlineUrl }, after: { start: "2030-03-12T10:00:00+01:00", end: "2030-03-12T13:00:00+01:00", onlineUrl: keep.onlineUrl } },
      { sessionId: "s2", after: { start: "2030-04-02T09:00:00+02:00", end: "2030-04-02T11:00:00+02:00", place: "Borås, sal 101" } },
    ]);

    const removed = await put(course.id, { ...base, sessions: [{ id: "s2", start: "2030-04-02T09:00", end: "2030-04-02T11:00", place: "Borås, sal 102" }] });
    expect(removed.status).toBe(200);
    expect((await eventsOf(course.id)).at(-1)!.changes).toEqual([
      { sessionId: "s1", before: { start: "2030-03-12T10:00:00+01:00", end: "2030-03-12T13:00:00+01:00", onlineUrl: keep.onlineUrl } },
      { sessionId: "s2", before: { start: "2030-04-02T09:00:00+02:00", end: "2030-04-02T11:00:00+02:00", place: "Borås, sal 101" }, after: { start: "2030-04-02T09:00:00+02:00", end: "2030-04-02T11:00:00+02:00", place: "Borås, sal 102" } },
    ]);
    expect((await eventsOf(course.id)).map((e) => e.type)).toEqual(["course-published", "course-changed", "course-changed"]);
  });

  it("gives added seats to the waitlist in arrival order", async () => {
    const course = await createCourse(api, courseInput({ title: "Få platser", seats: 1 }));
    const people = ["anna", "bo", "cecilia"].map((name) => ({ id: `seat-${name}`, name, memberId: "larcenter-falkoping" }));
    const registrations: Registration[] = [];
    for (const person of people) registrations.push(await registerPerson(api, course.id, person));
    expect(registrations.map((r) => [r.status, r.position])).toEqual([["registered", undefined], ["waitlisted", 1], ["waitlisted", 2]]);

    const more = await put(course.id, { ...courseInput({ title: "Få platser", seats: 2 }), sessions: [{ id: "s1", start: "2030-03-12T09:00", end: "2030-03-12T12:00" }] });
    expect(more.status).toBe(200);
    expect((await more.json()) as Course).toMatchObject({ seatsLeft: 0, availability: [{ seats: 2, registered: 2, waitlisted: 1 }] });
    const list = (await (await api.get(`/api/courses/${course.id}/registrations`, { token: coordinator })).json()) as Registration[];
    expect(list.map((r) => [r.person.name, r.status, r.position])).toEqual([["anna", "registered", undefined], ["bo", "registered", undefined], ["cecilia", "waitlisted", 1]]);
  });

  it("cancels once, with the reason, and then refuses edits, publishing and registrations (409)", async () => {
    const course = await createCourse(api, courseInput({ title: "Ställs in" }));
    const cancelled = await api.send("POST", `/api/courses/${course.id}/cancel`, { token: coordinator, body: { reason: "För få anmälda" } });
    expect(cancelled.status).toBe(200);
    expect((await cancelled.json()) as Course).toMatchObject({ status: "cancelled", cancellationReason: "För få anmälda" });
    expect((await api.send("POST", `/api/courses/${course.id}/cancel`, { token: coordinator })).status).toBe(200);
    expect((await eventsOf(course.id)).map((e) => [e.type, e.reason])).toEqual([["course-published", undefined], ["course-cancelled", "För få anmälda"]]);

    for (const response of [await put(course.id, courseInput({ title: "Ställs in" })), await api.send("POST", `/api/courses/${course.id}/publish`, { token: coordinator })]) {
      expect(response.status).toBe(409);
      expect((await problemOf(response)).type).toMatch(/course-cancelled$/);
    }
    const register = await api.send("POST", `/api/courses/${course.id}/registrations`, { body: { memberId: "larcenter-falkoping" } });
    expect(register.status).toBe(409);
    expect((await problemOf(register)).type).toMatch(/registration-closed$/);
    // The calendar file tells calendars the sessions are off.
    expect(await (await api.get(`/api/courses/${course.id}/calendar.ics`)).text()).toContain("STATUS:CANCELLED");
  });
});

describe("what a coordinator is told when the input is wrong", () => {
  const wrong = async (input: unknown, field: string) => {
    const response = await api.send("POST", "/api/courses", { token: coordinator, body: input, headers: { "Accept-Language": "en" } });
    expect(response.status, field).toBe(400);
    const problem = await problemOf(response);
    expect(problem.errors?.map((e) => e.field), field).toContain(field);
    return problem;
  };

  it("answers 400 for times that do not exist, are ambiguous, or end before they start", async () => {
    const at = (start: string, end: string) => courseInput({ sessions: [{ start, end }] });
    expect((await wrong(at("2030-03-31T02:30", "2030-03-31T04:00"), "sessions.0.start")).errors![0]!.message).toMatch(/does not exist in Sweden/);
    expect((await wrong(at("2030-10-27T02:30", "2030-10-27T04:00"), "sessions.0.start")).errors![0]!.message).toMatch(/happens twice/);
    await wrong(at("2030-03-12T12:00", "2030-03-12T09:00"), "sessions.0.end");
    await wrong(at("2030-02-30T09:00", "2030-02-30T10:00"), "sessions.0.start");
    await wrong(courseInput({ registrationDeadline: "2030-04-01T00:00" }), "registrationDeadline"); // after the course ends
    // With the offset the ambiguous hour is fine: the first 02:30 is summer time.
    const exact = await api.send("POST", "/api/courses", { token: coordinator, body: at("2030-10-27T02:30+02:00", "2030-10-27T04:00") });
    expect(exact.status).toBe(201);
    expect(((await exact.json()) as Course).sessions[0]!.hours).toBe(2.5); // 02:30 summer to 04:00 winter
  });

  it("saves a course of the most sessions allowed, also when an edit replaces them all, and refuses one more", async () => {
    // Two sessions a day (09:00 and 13:00), from the first of the month.
    const sessions = (count: number, month: string) =>
      Array.from({ length: count }, (_, i) => {
        const at = `2030-${month}-${String(1 + Math.floor(i / 2)).padStart(2, "0")}T${i % 2 === 0 ? "09" : "13"}`;
        return { start: `${at}:00`, end: `${at}:45` };
      });
    const input = courseInput({ title: "Många tillfällen", registrationDeadline: "2030-02-01T00:00", sessions: sessions(MAX_SESSIONS, "03") });
    const course = await createCourse(api, input);
    expect(course.sessions).toHaveLength(MAX_SESSIONS);
    const replaced = await put(course.id, { ...input, sessions: sessions(MAX_SESSIONS, "04") });
    expect(replaced.status).toBe(200);
    expect(((await replaced.json()) as Course).sessions.every((s) => s.start.startsWith("2030-04-"))).toBe(true);
    await wrong({ ...input, sessions: sessions(MAX_SESSIONS + 1, "03") }, "sessions");
  });

  it("answers 400 for unknown members, hours that are not quarters or exceed the session, and unknown session ids", async () => {
    await wrong(courseInput({ providerMemberId: "no-such-member" }), "providerMemberId");
    await wrong(courseInput({ format: "live-broadcast", receivingSites: [] }), "receivingSites");
    await wrong(courseInput({ sessions: [{ start: "2030-03-12T09:00", end: "2030-03-12T10:00", hours: 0.3 }] }), "sessions.0.hours");
    await wrong(courseInput({ sessions: [{ start: "2030-03-12T09:00", end: "2030-03-12T10:00", hours: 1.5 }] }), "sessions.0.hours");
    await wrong(courseInput({ sessions: [{ start: "2030-03-12T09:00", end: "2030-03-12T10:00", hours: -1 }] }), "sessions.0.hours");
    const course = await createCourse(api, courseInput({ title: "Okänt tillfälle" }), { publish: false });
    const response = await put(course.id, courseInput({ sessions: [{ id: "s7", start: "2030-03-12T09:00", end: "2030-03-12T10:00" }] }));
    expect(response.status).toBe(400);
    expect((await problemOf(response)).errors?.map((e) => e.field)).toEqual(["sessions.0.id"]);
    expect((await put("no-such-course", courseInput())).status).toBe(404);
  });
});

describe("403 for staff on every coordinator action", () => {
  it("refuses a teacher, and says who may", async () => {
    const course = await createCourse(api, courseInput({ title: "Bara samordnare" }));
    const registration = await registerPerson(api, course.id, { id: "guarded", name: "Gun Vakt", memberId: "larcenter-falkoping" });
    const teacher = await api.token("teacher");
    const actions: [string, string, unknown?][] = [
      ["POST", "/api/courses", courseInput()],
      ["PUT", `/api/courses/${course.id}`, courseInput()],
      ["POST", `/api/courses/${course.id}/publish`],
      ["POST", `/api/courses/${course.id}/cancel`, {}],
      ["GET", `/api/courses/${course.id}/registrations`],
      ["PUT", `/api/courses/${course.id}/attendance`, { entries: [{ registrationId: registration.id, sessionId: "s1", hours: 1 }] }],
      ["GET", `/api/courses/${course.id}/export?format=csv`],
      ["GET", `/api/courses/${course.id}/export?format=xlsx`],
      ["GET", "/api/reports/participation?from=2030-01-01&to=2030-12-31"],
      ["GET", "/api/reports/participation?from=2030-01-01&to=2030-12-31&format=xlsx"],
      ["GET", "/api/courses?status=draft"],
      ["PATCH", `/api/courses/${course.id}/registrations/${registration.id}`, { memberId: "dacapo-mariestad" }],
      ["DELETE", `/api/courses/${course.id}/registrations/${registration.id}`],
    ];
    for (const [method, path, body] of actions) {
      const response = await api.send(method, path, { token: teacher, body });
      expect(response.status, `${method} ${path}`).toBe(403);
      expect((await problemOf(response)).detail).toMatch(/samordnare|egna anmälningar/);
    }
    // Naming someone else in a registration is a 400: the person comes from the caller's token.
    const forOther = await api.send("POST", `/api/courses/${course.id}/registrations`, { token: teacher, body: { person: { id: "other", name: "Olle Annan", email: "olle@example.org" }, memberId: "larcenter-falkoping" } });
    expect(forOther.status).toBe(400);
    // Nothing changed: the course is still published, unannounced beyond that, and the registration stands.
    expect(((await (await api.get(`/api/courses/${course.id}`)).json()) as Course).status).toBe("published");
    expect((await eventsOf(course.id)).map((e) => e.type)).toEqual(["course-published"]);
    const list = (await (await api.get(`/api/courses/${course.id}/registrations`, { token: coordinator })).json()) as Registration[];
    expect(list.map((r) => [r.status, r.attendedHours])).toEqual([["registered", 0]]);
  });
});
