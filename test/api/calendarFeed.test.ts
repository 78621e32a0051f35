// The personal calendar feed: a person makes an address in the tab, her calendar fetches it
// without a token, it lists her registrations (a new one at once), the fika dates and the tech
// network's events, and after she ends or renews it the old address answers 404.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CalendarFeedAddress, CalendarFeedStatus, Course } from "../../api/src/contract/index.js";
import { signedNetworkEventCalendarUrl } from "../../api/src/calendar/calendarLinks.js";
import { startApiHarness, type ApiHarness } from "../support/apiHarness.js";
import { networkEvent, storeNetworkEvent } from "../bot/support/networkEvents.js";
import { courseInput, createCourse } from "./catalogueFixtures.js";

let api: ApiHarness;
let course: Course;
let full: Course;

beforeAll(async () => {
  api = await startApiHarness();
  course = await createCourse(api, courseInput({ title: "Flödet i Outlook", sessions: [
    { start: "2030-03-12T09:00", end: "2030-03-12T12:00", onlineUrl: "https://teams.microsoft.com/l/meetup-join/a" },
    { start: "2030-03-19T09:00", end: "2030-03-19T12:00", place: "Lärcentrum Borås, sal 2" },
  ] }));
  full = await createCourse(api, courseInput({ title: "Fullsatt kurs", seats: 1 }));
  const fika = await api.send("POST", "/api/fika/series", {
    token: await api.token("coordinator"),
    body: { title: "Digital fika", rrule: "FREQ=MONTHLY;BYDAY=+1TU", firstDate: "2026-01-01", time: "14:00", durationMinutes: 30, joinUrl: "https://teams.microsoft.com/l/meetup-join/fika" },
  });
  expect(fika.status).toBe(201);
});
afterAll(() => api?.close());

const person = { oid: "5a1e0000-0000-4000-8000-00000000f00d", name: "Frida Flöde", email: "frida@westum.example.org" };
const tokenOfPerson = () => api.tokenFor(person);
/** The feed as a calendar fetches it: no Authorization header, no language. */
const fetchFeed = (url: string) => fetch(url.replace(api.services.config.bot.publicApiUrl, api.url));
const unfolded = (ics: string) => ics.replace(/\r\n /g, "");
const vevents = (ics: string) => ics.split("BEGIN:VEVENT").slice(1);
const uidOf = (vevent: string) => /UID:(\S+)/.exec(vevent)![1]!;
const uidsOf = (ics: string) => vevents(ics).map(uidOf);
const secretOf = (url: string) => /feeds\/([^/]+)\//.exec(url)![1]!;
/** What the store keeps of an address: the SHA-256 of its secret. */
const hashOf = (url: string) => createHash("sha256").update(secretOf(url)).digest("hex");

async function makeAddress(lang = "sv"): Promise<CalendarFeedAddress> {
  const response = await api.send("POST", "/api/me/calendar-feed", { token: await tokenOfPerson(), headers: { "Accept-Language": lang } });
  expect(response.status).toBe(201);
  return (await response.json()) as CalendarFeedAddress;
}

describe("a personal calendar feed", () => {
  it("starts without an address, and an address is only made on request", async () => {
    const status = await api.get("/api/me/calendar-feed", { token: await tokenOfPerson() });
    expect((await status.json()) as CalendarFeedStatus).toEqual({ active: false });
    expect((await api.send("POST", "/api/me/calendar-feed", { token: null })).status).toBe(401);
  });

  it("lists the fika dates, then a new registration at once, without a token", async () => {
    const { url, createdAt } = await makeAddress();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:7071\/api\/calendar\/feeds\/[A-Za-z0-9_-]{43}\/calendar\.ics$/);
    expect(((await (await api.get("/api/me/calendar-feed", { token: await tokenOfPerson() })).json()) as CalendarFeedStatus)).toEqual({ active: true, createdAt });

    const before = await fetchFeed(url);
    expect(before.status).toBe(200);
    expect(before.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const empty = unfolded(await before.text());
    expect(empty).toContain("X-WR-CALNAME:Campus Westum: mina kurser\\, fikor och evenemang");
    expect(empty).toContain("SUMMARY:Digital fika");
    expect(empty).not.toContain("Flödet i Outlook");

    const registered = await api.send("POST", `/api/courses/${course.id}/registrations`, { token: await tokenOfPerson(), body: { memberId: "vuxenutbildningen-i-boras-stad" } });
    expect(registered.status, await registered.clone().text()).toBe(201);
    const after = unfolded(await (await fetchFeed(url)).text());
    expect(after).toContain("SUMMARY:Flödet i Outlook (1/2)");
    expect(after).toContain("SUMMARY:Flödet i Outlook (2/2)");
    expect(after).toContain("DTSTART:20300319T080000Z");
    expect(after).toContain("LOCATION:Lärcentrum Borås\\, sal 2");
  });

  it("marks a waitlisted course as tentative, and drops a cancelled registration", async () => {
    const someoneElse = await api.tokenFor({ oid: "5a1e0000-0000-4000-8000-00000000beef", name: "Först Till Kvarn", email: "forst@westum.example.org" });
    expect((await api.send("POST", `/api/courses/${full.id}/registrations`, { token: someoneElse, body: { memberId: "vuxenutbildningen-i-boras-stad" } })).status).toBe(201);
    const waitlisted = await api.send("POST", `/api/courses/${full.id}/registrations`, { token: await tokenOfPerson(), body: { memberId: "vuxenutbildningen-i-boras-stad" } });
    const registration = (await waitlisted.json()) as { id: string; status: string };
    expect(registration.status).toBe("waitlisted");
    const { url } = await makeAddress();
    const ics = unfolded(await (await fetchFeed(url)).text());
    const event = ics.split("BEGIN:VEVENT").find((e) => e.includes("Fullsatt kurs"))!;
    expect(event).toContain("SUMMARY:Väntelista: Fullsatt kurs");
    expect(event).toContain("STATUS:TENTATIVE");

    expect((await api.send("DELETE", `/api/courses/${full.id}/registrations/${registration.id}`, { token: await tokenOfPerson() })).status).toBe(200);
    expect(await (await fetchFeed(url)).text()).not.toContain("Fullsatt kurs");
  });

  it("lists the tech network's events for everyone, with the UIDs of the event's own file, a cancelled one as cancelled", async () => {
    await storeNetworkEvent(api.services, networkEvent({ id: "tekniknatverket-2030", title: "Tekniknätverket", start: "2030-01-08T14:00:00+01:00", durationMinutes: 90, recurrence: "FREQ=MONTHLY;BYDAY=+2TU" }));
    await storeNetworkEvent(api.services, networkEvent({ id: "installt-mote", title: "Inställt möte", start: "2030-02-05T10:00:00+01:00", durationMinutes: 60, active: false }));
    const mine = unfolded(await (await fetchFeed((await makeAddress()).url)).text());
    // Monthly from January 2030 until a year after its first meeting: twelve.
    const meetings = vevents(mine).filter((e) => e.includes("SUMMARY:Tekniknätverket"));
    expect(meetings).toHaveLength(12);
    // 14:00 in Stockholm in winter (CET) and in summer (CEST), 90 minutes.
    const january = meetings.find((e) => e.includes("DTSTART:20300108T130000Z"))!;
    expect(january).toContain("DTEND:20300108T143000Z");
    expect(january).toContain("STATUS:CONFIRMED");
    expect(january).toContain("URL:https://teams.microsoft.com/l/meetup-join/tekniknatverket-2030");
    expect(meetings.some((e) => e.includes("DTSTART:20300611T120000Z"))).toBe(true);

    const signed = await fetch(signedNetworkEventCalendarUrl(api.services, "tekniknatverket-2030").replace(api.services.config.bot.publicApiUrl, api.url));
    expect(signed.status).toBe(200);
    expect(uidsOf(unfolded(await signed.text())).sort()).toEqual(meetings.map(uidOf).sort());

    const cancelled = vevents(mine).filter((e) => e.includes("SUMMARY:Inställt möte"));
    expect(cancelled).toHaveLength(1);
    expect(cancelled[0]).toContain("STATUS:CANCELLED");
    expect(cancelled[0]).toContain("DTSTART:20300205T090000Z");

    // Open to the whole network: a person with no registration and no bot subscription sees them too.
    const other = await api.tokenFor({ oid: "5a1e0000-0000-4000-8000-0000000e7e47", name: "Ny Läsare", email: "ny@westum.example.org" });
    const made = await api.send("POST", "/api/me/calendar-feed", { token: other, headers: { "Accept-Language": "en" } });
    const theirs = unfolded(await (await fetchFeed(((await made.json()) as CalendarFeedAddress).url)).text());
    expect(uidsOf(theirs).filter((uid) => uid.startsWith("tekniknatverket-2030-"))).toHaveLength(12);
    expect(theirs).toContain("Join: https://teams.microsoft.com/l/meetup-join/tekniknatverket-2030");
  });

  it("is in the language the address was made in", async () => {
    const { url } = await makeAddress("en");
    const ics = unfolded(await (await fetchFeed(url)).text());
    expect(ics).toContain("X-WR-CALNAME:Campus Westum: my courses\\, fikas and events");
    expect(ics).toContain("Organiser: ");
  });

  it("stops answering when renewed or ended: 404, the same as an address never made", async () => {
    const first = await makeAddress();
    const second = await makeAddress();
    expect(second.url).not.toBe(first.url);
    expect((await fetchFeed(first.url)).status).toBe(404);
    expect((await fetchFeed(second.url)).status).toBe(200);
    // A renewal cut short before it deleted the old secret's row: that row alone opens nothing.
    await (await api.services.tables.table("calendarFeeds")).upsertEntity({ partitionKey: "secret", rowKey: hashOf(first.url), personId: person.oid });
    expect((await fetchFeed(first.url)).status).toBe(404);

    expect((await api.send("DELETE", "/api/me/calendar-feed", { token: await tokenOfPerson() })).status).toBe(200);
    const ended = await fetchFeed(second.url);
    expect(ended.status).toBe(404);
    expect(ended.headers.get("content-type")).toContain("application/problem+json");
    expect(((await ended.json()) as { detail: string }).detail).toContain("Mina anmälningar");
    expect((await fetchFeed(second.url.replace(/feeds\/[^/]+/, `feeds/${"A".repeat(43)}`))).status).toBe(404);
    expect((await fetchFeed(second.url.replace(/feeds\/[^/]+/, "feeds/short"))).status).toBe(404);
    expect(((await (await api.get("/api/me/calendar-feed", { token: await tokenOfPerson() })).json()) as CalendarFeedStatus)).toEqual({ active: false });
    expect((await api.send("DELETE", "/api/me/calendar-feed", { token: await tokenOfPerson() })).status).toBe(200);
  });

  it("keeps one address of several made at once, and no secret of the others", async () => {
    const addresses = await Promise.all(Array.from({ length: 6 }, () => makeAddress()));
    const statuses = await Promise.all(addresses.map(async ({ url }) => (await fetchFeed(url)).status));
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 404)).toHaveLength(5);
    const table = await api.services.tables.table("calendarFeeds");
    const made = new Set(addresses.map(({ url }) => hashOf(url)));
    let kept = 0;
    for await (const row of table.listEntities()) if (row.partitionKey === "secret" && made.has(row.rowKey!)) kept++;
    expect(kept).toBe(1);
  });

  it("keeps only a hash of the secret", async () => {
    const { url } = await makeAddress();
    const secret = secretOf(url);
    const table = await api.services.tables.table("calendarFeeds");
    const rows = [];
    for await (const row of table.listEntities()) rows.push(JSON.stringify(row));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.join("\n")).not.toContain(secret);
  });
});
