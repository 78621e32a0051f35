// The member directory API against Azurite, over HTTP, as the tabs use it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MemberDetail, MemberSearchResult, ProblemDetails } from "../../api/src/contract/index.js";
import { startApiHarness, type ApiHarness } from "../support/apiHarness.js";

let api: ApiHarness;
beforeAll(async () => (api = await startApiHarness()));
afterAll(() => api?.close());

const search = async (query: string) => {
  const response = await api.get(`/api/members?${query}`);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
  return (await response.json()) as MemberSearchResult;
};
const counts = (result: MemberSearchResult, facet: keyof MemberSearchResult["facets"]) =>
  Object.fromEntries(result.facets[facet].map((f) => [f.value, f.count]));

describe("GET /api/members", () => {
  it("finds Lärcenter Falköping from 'larcenter falkoping'", async () => {
    const result = await search("q=larcenter%20falkoping");
    expect(result.items.map((m) => m.name)).toEqual(["Lärcenter Falköping"]);
    expect(result.items[0]!.contacts.length).toBeGreaterThan(0);
  });

  it("filters by sub-region and reports the other sub-regions' counts", async () => {
    const all = await search("pageSize=100");
    const result = await search("subRegion=skaraborg&pageSize=100");
    expect(result.total).toBe(11);
    expect(result.items.every((m) => m.subRegions.includes("skaraborg"))).toBe(true);
    expect(counts(result, "subRegion")).toEqual(counts(all, "subRegion"));
    // The Kungsbacka member counts once in Halland and once in Göteborgsregionen: 42 for 41 members.
    expect(counts(all, "subRegion")).toEqual({ fyrbodal: 13, skaraborg: 11, sjuharad: 8, goteborgsregionen: 6, halland: 4 });
  });

  it("finds a member of two sub-regions under either filter", async () => {
    const halland = await search("subRegion=halland&pageSize=100");
    const gothenburg = await search("subRegion=goteborgsregionen&pageSize=100");
    const kungsbacka = halland.items.find((m) => m.municipalities.includes("Kungsbacka"))!;
    expect(kungsbacka.subRegions).toEqual(["goteborgsregionen", "halland"]);
    expect(gothenburg.items.map((m) => m.id)).toContain(kungsbacka.id);
    expect((await search("subRegion=halland&subRegion=goteborgsregionen&pageSize=100")).total).toBe(9);
  });

  it("combines municipality, area, system, role and tech-network filters", async () => {
    const byMunicipality = await search("municipality=Töreboda");
    expect(byMunicipality.items.map((m) => m.name)).toEqual(["Dacapo Mariestad"]);

    const it = await search("area=it&pageSize=100");
    expect(it.total).toBeGreaterThan(0);
    expect(it.items.every((m) => m.areas.includes("it"))).toBe(true);

    const tech = await search("techNetwork=true&system=Teams&pageSize=100");
    expect(tech.items.every((m) => m.techNetwork && m.systems.includes("Teams"))).toBe(true);
    expect(tech.total).toBe(counts(await search("system=Teams"), "techNetwork").true);

    const technicians = await search("role=it-tekniker&pageSize=100");
    // The card shows the IT technician first, and says how many more contacts the detail has.
    expect(technicians.items.every((m) => m.contacts[0]?.role === "it-tekniker")).toBe(true);
    expect(technicians.items.every((m) => m.contacts.length <= 2 && m.contactCount >= m.contacts.length)).toBe(true);
  });

  it("pages without overlap and reports the total", async () => {
    const pages = await Promise.all([1, 2, 3].map((page) => search(`pageSize=15&page=${page}`)));
    const ids = pages.flatMap((p) => p.items.map((m) => m.id));
    expect(pages.map((p) => p.items.length)).toEqual([15, 15, 11]);
    expect(new Set(ids).size).toBe(41);
    expect(pages.every((p) => p.total === 41)).toBe(true);
  });

  it("answers bad query parameters with a 400 problem that names them, in the caller's language", async () => {
    const cases = ["subRegion=nowhere", "page=0", "pageSize=1000", "techNetwork=maybe", "area=astrology", "subregion=skaraborg", `q=${"x".repeat(201)}`];
    for (const query of cases) {
      const response = await api.get(`/api/members?${query}`, { headers: { "Accept-Language": "en-US,en;q=0.9" } });
      expect(response.status, query).toBe(400);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      const problem = (await response.json()) as ProblemDetails;
      expect(problem.title).toBe("Invalid input");
      expect(problem.errors?.length, query).toBeGreaterThan(0);
      expect(problem.detail).toContain(query.split("=")[0]!);
    }
    const swedish = (await (await api.get("/api/members?page=x")).json()) as ProblemDetails;
    expect(swedish.title).toBe("Ogiltig indata");
    expect(swedish.detail).toMatch(/Ogiltigt värde i page/);
  });
});

describe("GET /api/members/{id}", () => {
  it("returns the member with all its contacts", async () => {
    const response = await api.get("/api/members/dacapo-mariestad");
    expect(response.status).toBe(200);
    const member = (await response.json()) as MemberDetail;
    expect(member.name).toBe("Dacapo Mariestad");
    expect(member.municipalities).toEqual(["Mariestad", "Töreboda", "Gullspång"]);
    expect(member.contacts.length).toBeGreaterThanOrEqual(2);
    expect(member.contacts.every((c) => c.email.endsWith("@example.org") && c.memberId === member.id)).toBe(true);
  });

  it("gives 404 for an unknown member and 400 for a malformed id", async () => {
    const missing = await api.get("/api/members/no-such-member");
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as ProblemDetails).detail).toContain("no-such-member");
    const malformed = await api.get("/api/members/%3Cscript%3E");
    expect(malformed.status).toBe(400);
  });
});

describe("GET /api/health", () => {
  it("needs no token and reports storage", async () => {
    const response = await api.get("/api/health", { token: null });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", mode: "local", checks: { storage: "ok" } });
  });
});

describe("directory snapshot", () => {
  it("shows a change that another instance wrote to the store", async () => {
    const before = await search("q=nyskapade");
    expect(before.total).toBe(0);
    const existing = (await (await api.get("/api/members/dacapo-mariestad")).json()) as MemberDetail;
    await api.services.members.save([{ ...existing, id: "nyskapade-lararcentrum", name: "Nyskapade Lärcentrum", contacts: [] }]);
    // Refresh interval is 0 in tests: the next request starts a reload and a later one sees it.
    await api.services.directory.refresh();
    expect((await search("q=nyskapade")).items.map((m) => m.id)).toEqual(["nyskapade-lararcentrum"]);
  });
});
