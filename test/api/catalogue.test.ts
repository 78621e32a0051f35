// The course catalogue API against Azurite, over HTTP, with the sample catalogue: search and
// filters, a course's page, the calendar file, my registrations, and coordinator-only routes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Course, CourseSearchResult, MyRegistration, ProblemDetails, Registration } from "../../api/src/contract/index.js";
import { startApiHarness, type ApiHarness } from "../support/apiHarness.js";

let api: ApiHarness;
beforeAll(async () => (api = await startApiHarness({ catalogue: true })));
afterAll(() => api?.close());

const search = async (query: string, token?: string) => {
  const response = await api.get(`/api/courses?${query}`, token ? { token } : {});
  expect(response.status).toBe(200);
  return (await response.json()) as CourseSearchResult;
};
const counts = (result: CourseSearchResult, facet: keyof CourseSearchResult["facets"]) =>
  Object.fromEntries(result.facets[facet].map((f) => [f.value, f.count]));

describe("GET /api/courses", () => {
  it("lists upcoming published courses, soonest first, with the report's trainings", async () => {
    const result = await search("pageSize=100");
    const titles = result.items.map((c) => c.title);
    for (const title of ["Content Marketing", "Kampanjer på sociala medier", "Digital upphandling", "Digital brottslighet", "Filmproduktion med mobilen", "Skapa instruktionsfilm"]) {
      expect(titles).toContain(title);
    }
    expect(titles).not.toContain("Digitalt ledarskap"); // ended
    expect(titles).not.toContain("Tillgänglighet i digitala lärresurser"); // draft
    expect(titles).not.toContain("AI i vuxenutbildningen"); // cancelled
    const starts = result.items.map((c) => Date.parse(c.firstStart!));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(result.items.every((c) => c.status === "published" && c.sample)).toBe(true);
  });

  it("finds by accent-free text and filters by format, area, provider, sub-region and project", async () => {
    expect((await search("q=kampanjer%20sociala")).items.map((c) => c.title)).toEqual(["Kampanjer på sociala medier"]);
    expect((await search("q=instruktionsfilm")).items.map((c) => c.id)).toEqual(["skapa-instruktionsfilm"]);
    const broadcasts = await search("format=live-broadcast");
    expect(broadcasts.items.map((c) => c.id)).toEqual(["content-marketing"]);
    expect(counts(broadcasts, "format")).toMatchObject({ "live-broadcast": 1, online: 4, hybrid: 2, "on-site": 1 });
    const skaraborg = await search("subRegion=skaraborg&pageSize=100");
    expect(skaraborg.items.every((c) => c.providerSubRegions.includes("skaraborg"))).toBe(true);
    expect(skaraborg.total).toBe(4);
    const questback = await search("provider=dacapo-mariestad&project=Campus%20Westum");
    expect(questback.items.map((c) => c.id)).toEqual(["questback-essentials-grund", "questback-essentials-fordjupning"]);
    expect((await search("area=handel")).items.every((c) => c.areas.includes("handel"))).toBe(true);
  });

  it("filters by date range (Stockholm days), which also reaches past courses", async () => {
    const past = await search("from=2000-01-01&to=2100-12-31&pageSize=100");
    expect(past.items.map((c) => c.id)).toContain("digitalt-ledarskap");
    const none = await search("from=2000-01-01&to=2000-01-31");
    expect(none.total).toBe(0);
  });

  it("filters by free seats: the full on-site course drops out", async () => {
    const free = await search("hasFreeSeats=true&pageSize=100");
    expect(free.items.map((c) => c.id)).not.toContain("skapa-instruktionsfilm");
    expect(free.items.length).toBe((await search("pageSize=100")).total - 1);
  });

  it("shows drafts and cancelled courses to coordinators only", async () => {
    const coordinator = await api.token("coordinator");
    const drafts = await search("status=draft&status=cancelled", coordinator);
    expect(drafts.items.map((c) => c.status).sort()).toEqual(["cancelled", "draft"]);
    const refused = await api.get("/api/courses?status=draft");
    expect(refused.status).toBe(403);
    expect((await api.get("/api/courses/tillganglighet-i-digitala-lararresurser")).status).toBe(404);
  });

  it("answers bad dates and parameters with 400 problem+json in the caller's language", async () => {
    for (const query of ["from=2026-02-30", "from=tomorrow", "from=2026-12-01&to=2026-11-01", "format=teleport", "hasFreeSeats=maybe", "status=gone"]) {
      const response = await api.get(`/api/courses?${query}`, { headers: { "Accept-Language": "en" } });
      expect(response.status, query).toBe(400);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      const problem = (await response.json()) as ProblemDetails;
      expect(problem.detail).toMatch(/Correct the search/);
    }
  });
});

describe("GET /api/courses/{id}", () => {
  it("gives sessions in Stockholm time and seats left per receiving site", async () => {
    const response = await api.get("/api/courses/content-marketing");
    expect(response.status).toBe(200);
    const course = (await response.json()) as Course;
    expect(course.sessions).toHaveLength(2);
    expect(course.sessions[0]!.start).toMatch(/T09:00:00\+0[12]:00$/);
    expect(course.sessions[0]!.hours).toBe(3);
    expect(course.availability.map((a) => [a.memberId, a.seats, a.registered])).toEqual([
      ["dacapo-mariestad", 12, 2],
      ["larcenter-falkoping", 15, 2],
      ["vuxenutbildning-sotenas", 8, 2],
    ]);
    expect(course.availability[0]!.seatsLeft).toBe(10);
    expect(course.seatsLeft).toBe(29);
  });

  it("answers an unknown course with 404 and a malformed id with 400", async () => {
    const missing = await api.get("/api/courses/no-such-course");
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as ProblemDetails).detail).toMatch(/sök igen i kurskatalogen/);
    expect((await api.get("/api/courses/Bad_Id!")).status).toBe(400);
  });

  it("exports all sessions as a calendar file with the join link", async () => {
    const response = await api.get("/api/courses/filmproduktion-med-mobilen/calendar.ics");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/calendar/);
    const ics = (await response.text()).replace(/\r\n[ \t]/g, ""); // unfold RFC 5545 lines
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain("teams.microsoft.com/l/meetup-join/exempel-filmproduktion-med-mobilen");
    expect(ics).toContain("Medialabbet");
  });
});

describe("registration", () => {
  it("registers the caller, shows it under my registrations, and cancels it", async () => {
    const response = await api.send("POST", "/api/courses/questback-essentials-fordjupning/registrations", { body: { memberId: "larcenter-falkoping" } });
    expect(response.status).toBe(201);
    const registration = (await response.json()) as Registration;
    expect(registration).toMatchObject({ status: "registered", person: { name: "Lisa Lärare", memberId: "larcenter-falkoping" } });

    const again = await api.send("POST", "/api/courses/questback-essentials-fordjupning/registrations", { body: { memberId: "larcenter-falkoping" } });
    expect(again.status).toBe(409);
    expect(((await again.json()) as ProblemDetails).type).toBe("urn:campus-westum:problem:already-registered");

    const mine = (await (await api.get("/api/me/registrations")).json()) as MyRegistration[];
    expect(mine.map((m) => [m.course.id, m.registration.status])).toContainEqual(["questback-essentials-fordjupning", "registered"]);

    const cancelled = await api.send("DELETE", `/api/courses/questback-essentials-fordjupning/registrations/${registration.id}`);
    expect(cancelled.status).toBe(200);
    expect(((await cancelled.json()) as Registration).status).toBe("cancelled");
    const after = (await (await api.get("/api/me/registrations")).json()) as MyRegistration[];
    expect(after.find((m) => m.registration.id === registration.id)?.registration.status).toBe("cancelled");
  });

  it("puts the caller on the waitlist of a full course and promotes on cancellation", async () => {
    const waitlisted = (await (await api.send("POST", "/api/courses/skapa-instruktionsfilm/registrations", { body: { memberId: "larcenter-falkoping" } })).json()) as Registration;
    expect(waitlisted).toMatchObject({ status: "waitlisted", position: 3 });
    const coordinator = await api.token("coordinator");
    const everyone = (await (await api.get("/api/courses/skapa-instruktionsfilm/registrations", { token: coordinator })).json()) as Registration[];
    const firstRegistered = everyone.find((r) => r.status === "registered")!;
    expect((await api.send("DELETE", `/api/courses/skapa-instruktionsfilm/registrations/${firstRegistered.id}`, { token: coordinator })).status).toBe(200);
    const now = (await (await api.get("/api/courses/skapa-instruktionsfilm/registrations", { token: coordinator })).json()) as Registration[];
    const byId = new Map(now.map((r) => [r.id, r]));
    const firstWaiting = everyone.find((r) => r.status === "waitlisted" && r.position === 1)!;
    expect(byId.get(firstWaiting.id)!.status).toBe("registered");
    expect(byId.get(waitlisted.id)).toMatchObject({ status: "waitlisted", position: 2 });
  });

  it("requires a receiving site for a broadcast and refuses a closed course with 409", async () => {
    const noSite = await api.send("POST", "/api/courses/content-marketing/registrations", { body: { memberId: "larcenter-falkoping" } });
    expect(noSite.status).toBe(400);
    expect(((await noSite.json()) as ProblemDetails).detail).toMatch(/välj var du vill delta/);
    const ended = await api.send("POST", "/api/courses/digitalt-ledarskap/registrations", { body: { memberId: "larcenter-falkoping" } });
    expect(ended.status).toBe(409);
    expect(((await ended.json()) as ProblemDetails).detail).toMatch(/Sista anmälningsdag/);
    const cancelled = await api.send("POST", "/api/courses/ai-i-vuxenutbildningen/registrations", { body: { memberId: "larcenter-falkoping" } });
    expect(cancelled.status).toBe(409);
  });

  it("lets only coordinators register (400 for a person in anyone else's body) or cancel (403) for someone else", async () => {
    const someone = { id: "person-x", name: "Xenia Exempel", email: "xenia.exempel@example.org" };
    const byTeacher = await api.send("POST", "/api/courses/digital-upphandling/registrations", { body: { person: someone, memberId: "dacapo-mariestad" } });
    expect(byTeacher.status).toBe(400);
    expect(((await byTeacher.json()) as ProblemDetails).errors).toEqual([{ field: "person", message: "coordinators only" }]);
    const byCoordinator = await api.send("POST", "/api/courses/digital-upphandling/registrations", {
      token: await api.token("coordinator"),
      body: { person: someone, memberId: "dacapo-mariestad" },
    });
    expect(byCoordinator.status).toBe(201);
    const registration = (await byCoordinator.json()) as Registration;
    expect(registration.createdBy).not.toBe(registration.person.id);
    const cancelByTeacher = await api.send("DELETE", `/api/courses/digital-upphandling/registrations/${registration.id}`);
    expect(cancelByTeacher.status).toBe(403);
    expect(((await cancelByTeacher.json()) as ProblemDetails).detail).toMatch(/egna anmälningar/);
  });

  it("answers unknown registrations with 404 and malformed ones with 400", async () => {
    expect((await api.send("DELETE", "/api/courses/digital-upphandling/registrations/9999999")).status).toBe(404);
    expect((await api.send("DELETE", "/api/courses/digital-upphandling/registrations/abc")).status).toBe(400);
    expect((await api.send("POST", "/api/courses/no-such-course/registrations", { body: { memberId: "dacapo-mariestad" } })).status).toBe(404);
  });
});
