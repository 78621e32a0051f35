// The tech network's events from the SharePoint list "Händelser" (issue 11.6), against the Graph
// stand-in and Azurite: a meeting added in the list is listed by GET /api/events and yields one
// "published" change record for the bot; moved, it yields "changed" with the time before; switched
// off or removed, "cancelled"; a wrong row is reported in the sync health and listed nowhere. The
// event's signed calendar link opens without a token, and only for that event.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NetworkEventList, SyncRun } from "../../api/src/contract/index.js";
import { NetworkEventStore } from "../../api/src/store/networkEventStore.js";
import { STAND_IN_TOKEN, startGraphStandIn, type GraphStandIn } from "../graph-stand-in/index.js";
import { startApiHarness, type ApiHarness } from "../support/apiHarness.js";
import { LIST_NAMES, provisionDirectly } from "./support.js";

let standIn: GraphStandIn;
let api: ApiHarness;
let coordinator: string;
let store: NetworkEventStore;

beforeAll(async () => {
  standIn = await startGraphStandIn();
  provisionDirectly(standIn);
  api = await startApiHarness({ members: [], env: { GRAPH_BASE_URL: standIn.url, GRAPH_ACCESS_TOKEN: STAND_IN_TOKEN, SHAREPOINT_SITE: standIn.siteUrl } });
  coordinator = await api.token("coordinator");
  store = new NetworkEventStore(api.services.tables);
  await syncNow();
});
afterAll(async () => {
  await api?.close();
  await standIn?.close();
});

async function syncNow(): Promise<SyncRun> {
  const response = await api.send("POST", "/api/sync", { token: coordinator });
  expect(response.status).toBe(200);
  return (await response.json()) as SyncRun;
}

const listed = async (query = "") => ((await (await api.get(`/api/events${query}`)).json()) as NetworkEventList).events;
const changes = async () => store.changesSince();

// Tuesday 10 September 2030, 14:00-16:00 Stockholm (summer time): Graph gives times in UTC.
const meeting = {
  Title: "Tekniknätverkets träff: AI i vuxenutbildningen",
  EventKey: "tekniktraff-2030-09",
  EventType: "Tekniknätverket",
  Start: "2030-09-10T12:00:00Z",
  DurationMinutes: 120,
  JoinUrl: "https://teams.microsoft.com/l/meetup-join/tekniknatverket",
  Description: "Vi delar erfarenheter.",
  Active: true,
};

describe("events from the list", () => {
  let itemId: string;

  it("lists a meeting added in the list and writes one published record", async () => {
    itemId = standIn.createItem(LIST_NAMES.events, meeting);
    await syncNow();
    const [event] = await listed();
    expect(event).toMatchObject({
      id: "tekniktraff-2030-09",
      kind: "tech-network",
      title: meeting.Title,
      next: { start: "2030-09-10T14:00:00+02:00", end: "2030-09-10T16:00:00+02:00" },
      joinUrl: meeting.JoinUrl,
      active: true,
      calendarUrl: expect.stringContaining("/api/calendar/events/tekniktraff-2030-09/calendar.ics?expires="),
    });
    expect(await changes()).toEqual([expect.objectContaining({ type: "network-event-published", event: expect.objectContaining({ id: "tekniktraff-2030-09" }), next: event!.next })]);

    // Nothing new in the list: nothing new to announce.
    await syncNow();
    expect(await changes()).toHaveLength(1);
  });

  it("opens the calendar link without a token, and refuses a changed one", async () => {
    const [event] = await listed();
    const url = new URL(event!.calendarUrl!);
    const file = await fetch(`${api.url}${url.pathname}${url.search}`);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toContain("text/calendar");
    const text = await file.text();
    expect(text).toContain("SUMMARY:Tekniknätverkets träff: AI i vuxenutbildningen");
    expect(text).toContain("DTSTART:20300910T120000Z");
    const signature = url.searchParams.get("signature")!;
    url.searchParams.set("signature", `${signature[0] === "A" ? "B" : "A"}${signature.slice(1)}`);
    expect((await fetch(`${api.url}${url.pathname}${url.search}`)).status).toBe(403);
    // The same signature does not open a course of that id either: the purpose is signed.
    const asCourse = url.pathname.replace("/events/", "/courses/");
    expect((await fetch(`${api.url}${asCourse}?${new URL(event!.calendarUrl!).searchParams}`)).status).toBe(403);
  });

  it("announces a move with the time before, but not a new description", async () => {
    standIn.updateItem(LIST_NAMES.events, itemId, { Description: "Ny text" });
    await syncNow();
    expect(await changes()).toHaveLength(1);
    standIn.updateItem(LIST_NAMES.events, itemId, { Start: "2030-09-17T12:00:00Z" });
    await syncNow();
    const all = await changes();
    expect(all).toHaveLength(2);
    expect(all[1]).toMatchObject({ type: "network-event-changed", next: { start: "2030-09-17T14:00:00+02:00" }, before: { next: { start: "2030-09-10T14:00:00+02:00" } } });
    expect((await listed())[0]).toMatchObject({ description: "Ny text", next: { start: "2030-09-17T14:00:00+02:00" } });
  });

  it("cancels an event switched off in the list: listed as cancelled, no calendar file", async () => {
    const calendarUrl = new URL((await listed())[0]!.calendarUrl!);
    standIn.updateItem(LIST_NAMES.events, itemId, { Active: false });
    await syncNow();
    expect((await changes()).at(-1)).toMatchObject({ type: "network-event-cancelled", reason: "inactive", event: { active: false } });
    const [event] = await listed();
    expect(event).toMatchObject({ active: false });
    expect(event!.calendarUrl).toBeUndefined();
    expect((await fetch(`${api.url}${calendarUrl.pathname}${calendarUrl.search}`)).status).toBe(404);
  });

  it("announces a removed row once and stops listing it", async () => {
    const recurring = standIn.createItem(LIST_NAMES.events, { ...meeting, EventKey: "westumkonferensen-2030", EventType: "Westumkonferensen", Title: "Westumkonferensen 2030", Start: "2030-10-01T07:00:00Z", DurationMinutes: 480 });
    await syncNow();
    expect((await changes()).at(-1)).toMatchObject({ type: "network-event-published", event: { kind: "conference" } });
    standIn.deleteItem(LIST_NAMES.events, recurring);
    await syncNow();
    expect((await changes()).at(-1)).toMatchObject({ type: "network-event-cancelled", reason: "removed", event: { id: "westumkonferensen-2030" } });
    expect((await listed()).map((e) => e.id)).not.toContain("westumkonferensen-2030");
    const count = (await changes()).length;
    await syncNow();
    expect(await changes()).toHaveLength(count);
  });

  it("reports a wrong row in the sync health and lists no digital fika", async () => {
    const wrong = standIn.createItem(LIST_NAMES.events, { ...meeting, EventKey: "fel-lank", JoinUrl: "http://example.org/meet" });
    standIn.createItem(LIST_NAMES.events, { ...meeting, EventKey: "fika-0a1b2c3d", EventType: "Digital fika", Title: "Digital fika", Recurrence: "FREQ=MONTHLY;BYDAY=+1TU", DurationMinutes: 30 });
    const run = await syncNow();
    expect(run.rowsRejected).toContainEqual(expect.objectContaining({ list: "events", itemId: wrong, column: "JoinUrl", problem: { sv: "En länk som börjar med https://.", en: "A link that starts with https://." } }));
    expect((await listed()).map((e) => e.id)).toEqual(["tekniktraff-2030-09"]);
  });

  it("lists from a chosen day and refuses a day that is not one", async () => {
    expect(await listed("?from=2030-09-18")).toEqual([]);
    expect((await listed("?from=2030-09-17T15:00:00%2B02:00")).map((e) => e.id)).toEqual(["tekniktraff-2030-09"]);
    const bad = await api.get("/api/events?from=2030-02-30", { headers: { "Accept-Language": "sv" } });
    expect(bad.status).toBe(400);
    expect(bad.headers.get("content-type")).toContain("application/problem+json");
    expect((await api.get("/api/events", { token: null })).status).toBe(401);
  });
});
