import { describe, expect, it } from "vitest";
import type { CourseFilters, CourseInput } from "../../contract/index.js";
import { sampleDirectory } from "../../sample/directory.js";
import { buildCourseRecord } from "./courseBuilder.js";
import { courseInputSchema, type CourseRecord } from "./courseSchema.js";
import { searchableCourse, searchCourses } from "./courseSearch.js";
import { toCourseSummary } from "./courseView.js";
import { emptyLedger, type SeatLedger } from "./seatRules.js";

const members = new Map(sampleDirectory().map((m) => [m.id, m]));
const NOW = Date.parse("2030-03-01T12:00:00+01:00");

function course(id: string, overrides: Partial<CourseInput> & { status?: CourseRecord["status"] }, ledger: SeatLedger = emptyLedger()) {
  const { status = "published", ...input } = overrides;
  const data = courseInputSchema.parse({
    title: id,
    description: "",
    providerMemberId: "dacapo-mariestad",
    areas: ["it"],
    format: "online",
    receivingSites: [],
    seats: 10,
    audience: "",
    project: null,
    language: "sv",
    registrationDeadline: "2030-03-01T00:00",
    sessions: [{ start: "2030-03-10T09:00", end: "2030-03-10T11:00" }],
    ...input,
  });
  const built = buildCourseRecord(data, (m) => members.get(m), { id, createdAt: "2030-01-01T00:00:00+01:00" }, NOW);
  if (!built.ok) throw new Error(JSON.stringify(built.problems));
  const record = { ...built.record, status };
  return searchableCourse(record, toCourseSummary(record, ledger));
}

const full: SeatLedger = { arrivals: 2, pools: { course: { registered: ["0000001", "0000002"], waitlist: [] } } };
const catalogue = [
  course("content-marketing", {
    title: "Content Marketing",
    description: "Innehåll som lockar deltagare.",
    providerMemberId: "uddevalla-vuxenutbildning",
    areas: ["handel", "ekonomi"],
    format: "live-broadcast",
    seats: null,
    receivingSites: [{ memberId: "larcenter-falkoping", room: "Aulan", seats: 15 }],
    project: "DigiWestum",
    sessions: [{ start: "2030-03-20T09:00", end: "2030-03-20T12:00" }],
  }),
  course("skapa-instruktionsfilm", { title: "Skapa instruktionsfilm", format: "on-site", seats: 2, project: "Campus Westum", sessions: [{ start: "2030-03-05T13:00", end: "2030-03-05T16:00" }] }, full),
  course("questback", { title: "Questback Essentials", project: "Campus Westum", language: "en", sessions: [{ start: "2030-03-31T23:30", end: "2030-04-01T01:00" }] }),
  course("digitalt-ledarskap", { title: "Digitalt ledarskap", sessions: [{ start: "2030-02-01T09:00", end: "2030-02-01T12:00" }], registrationDeadline: "2030-01-20T00:00" }),
  course("utkast", { title: "Tillgänglighet", status: "draft", sessions: [{ start: "2030-03-15T09:00", end: "2030-03-15T10:00" }] }),
  course("installd", { title: "AI i vuxenutbildningen", status: "cancelled", sessions: [{ start: "2030-03-16T09:00", end: "2030-03-16T10:00" }] }),
  course("utan-tillfallen", { title: "Utan tillfällen", sessions: [], registrationDeadline: "2030-12-01T00:00" }),
];

const ids = (filters: CourseFilters, page = 1, pageSize = 20) => searchCourses(catalogue, filters, page, pageSize, NOW).items.map((c) => c.id);
const facet = (filters: CourseFilters, name: keyof ReturnType<typeof searchCourses>["facets"]) =>
  Object.fromEntries(searchCourses(catalogue, filters, 1, 20, NOW).facets[name].map((f) => [f.value, f.count]));

describe("searchCourses", () => {
  it("lists published courses that have not ended, soonest first, courses without sessions last", () => {
    expect(ids({})).toEqual(["skapa-instruktionsfilm", "content-marketing", "questback", "utan-tillfallen"]);
  });

  it("finds by words in any case and without Swedish letters, in title, description, provider and sites", () => {
    expect(ids({ q: "INSTRUKTIONSFILM" })).toEqual(["skapa-instruktionsfilm"]);
    expect(ids({ q: "innehall lockar" })).toEqual(["content-marketing"]);
    expect(ids({ q: "uddevalla" })).toEqual(["content-marketing"]);
    expect(ids({ q: "falkoping" })).toEqual(["content-marketing"]); // a receiving site
    expect(ids({ q: "livesandning" })).toEqual(["content-marketing"]); // the format's Swedish name
    expect(ids({ q: "marketing nowhere" })).toEqual([]);
  });

  it("combines filters with AND and values within one filter with OR", () => {
    expect(ids({ project: ["Campus Westum"] })).toEqual(["skapa-instruktionsfilm", "questback"]);
    expect(ids({ project: ["Campus Westum", "DigiWestum"], format: ["online"] })).toEqual(["questback"]);
    expect(ids({ area: ["handel"] })).toEqual(["content-marketing"]);
    expect(ids({ provider: ["uddevalla-vuxenutbildning"], subRegion: ["fyrbodal"] })).toEqual(["content-marketing"]);
    expect(ids({ language: ["en"] })).toEqual(["questback"]);
  });

  it("counts each facet with every other filter applied but its own", () => {
    const filters: CourseFilters = { format: ["online"], project: ["Campus Westum"] };
    expect(facet(filters, "format")).toEqual({ "on-site": 1, online: 1 });
    expect(facet(filters, "project")).toEqual({ "Campus Westum": 1 }); // the online courses' projects
    // A chosen value stays in its facet even when nothing has it, so it can be unticked.
    expect(facet({ project: ["Koppling West"] }, "project")).toMatchObject({ "Koppling West": 0, "Campus Westum": 2, DigiWestum: 1 });
  });

  it("filters by Stockholm days, inclusive, and a date range reaches courses that have ended", () => {
    expect(ids({ from: "2030-01-01", to: "2030-02-28" })).toEqual(["digitalt-ledarskap"]);
    expect(ids({ from: "2030-03-05", to: "2030-03-05" })).toEqual(["skapa-instruktionsfilm"]);
    // Starts 23:30 on 31 March Stockholm time (21:30 UTC): that is 31 March, and it runs into 1 April.
    expect(ids({ from: "2030-03-31", to: "2030-03-31" })).toEqual(["questback"]);
    expect(ids({ from: "2030-04-01", to: "2030-04-01" })).toEqual(["questback"]);
    expect(ids({ from: "2030-04-02" })).toEqual([]);
    expect(ids({ to: "2030-03-06" })).toEqual(["digitalt-ledarskap", "skapa-instruktionsfilm"]);
  });

  it("drops full courses when free seats are asked for; unlimited pools always have room", () => {
    expect(ids({ hasFreeSeats: true })).toEqual(["content-marketing", "questback", "utan-tillfallen"]);
    const summary = catalogue.find((c) => c.summary.id === "skapa-instruktionsfilm")!.summary;
    expect(summary).toMatchObject({ seatsLeft: 0, hasFreeSeats: false });
    expect(catalogue[0]!.summary.seatsLeft).toBe(15);
  });

  it("shows other statuses only when asked, and counts every status for choosing (the handler limits both to coordinators)", () => {
    expect(ids({ status: ["draft", "cancelled"] })).toEqual(["utkast", "installd"]);
    expect(facet({}, "status")).toEqual({ published: 4, draft: 1, cancelled: 1 });
    expect(facet({ status: ["draft"] }, "project")).toEqual({}); // other facets count the chosen status only
  });

  it("pages after sorting and reports the total", () => {
    const second = searchCourses(catalogue, {}, 2, 3, NOW);
    expect(second).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(second.items.map((c) => c.id)).toEqual(["utan-tillfallen"]);
  });
});
