// The "add to calendar" link of a bot card opens in a plain browser: no Authorization header, a
// signed and expiring link (api/src/calendar/signedLink.ts). A changed or expired link is refused
// with a page in the reader's language (browsers) or problem+json (anything else).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { trainingAnnouncementCard } from "@campus-westum/bot";
import { cataloguePort } from "../../api/src/bot/cataloguePort.js";
import { calendarLinkSignerOf } from "../../api/src/calendar/calendarLinks.js";
import type { Course } from "../../api/src/contract/index.js";
import { startApiHarness, type ApiHarness } from "../support/apiHarness.js";
import { courseInput, createCourse } from "./catalogueFixtures.js";

let api: ApiHarness;
let course: Course;

beforeAll(async () => {
  api = await startApiHarness();
  course = await createCourse(api, courseInput({ title: "Kalender i webbläsaren" }));
});
afterAll(() => api?.close());

/** The link the announcement card offers, read from the card as Teams would show it. */
async function cardLink(courseId: string): Promise<string> {
  const catalogue = cataloguePort(api.services);
  const card = trainingAnnouncementCard((await catalogue.course(courseId))!, "sv", catalogue.calendarUrl(courseId));
  const action = (card.actions ?? []).find((a) => a.type === "Action.OpenUrl" && a.title === "Lägg till i kalendern") as { url: string } | undefined;
  expect(action).toBeTruthy();
  // The browser reaches the API where PUBLIC_API_URL says; the harness listens elsewhere.
  return action!.url.replace(api.services.config.bot.publicApiUrl, api.url);
}

const browser = { Accept: "text/html,application/xhtml+xml,*/*;q=0.8", "Accept-Language": "en-GB,en;q=0.9" };

describe("a card's calendar link", () => {
  it("downloads the course's sessions without a token", async () => {
    const response = await fetch(await cardLink(course.id), { headers: browser });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const ics = await response.text();
    expect(ics).toContain("SUMMARY:Kalender i webbläsaren");
    expect(ics).toContain("DTSTART:20300312T080000Z");
  });

  it("refuses a changed link (another course, a later expiry, a changed signature) with 403", async () => {
    const other = await createCourse(api, courseInput({ title: "En annan kurs" }));
    const link = new URL(await cardLink(course.id));
    const changes = [
      new URL(link.href.replace(`/courses/${course.id}/`, `/courses/${other.id}/`)),
      Object.assign(new URL(link), { search: `?expires=${Number(link.searchParams.get("expires")) + 86_400}&signature=${link.searchParams.get("signature")}` }),
      Object.assign(new URL(link), { search: `?expires=${link.searchParams.get("expires")}&signature=${"A".repeat(43)}` }),
      Object.assign(new URL(link), { search: "" }),
    ];
    for (const changed of changes) {
      const response = await fetch(changed, { headers: browser });
      expect(response.status, changed.href).toBe(403);
      expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
      const page = await response.text();
      expect(page).toContain("<h1>The link is not valid</h1>");
      expect(page).toContain('<section lang="sv"><h2>Länken är inte giltig</h2>');
      expect(page).not.toContain("BEGIN:VCALENDAR");
    }
  });

  it("refuses an expired link with 410, as problem+json to a client that is not a browser", async () => {
    const { expires, signature } = calendarLinkSignerOf(api.services).sign(course.id, Date.now() - 181 * 86_400_000);
    const response = await fetch(`${api.url}/api/calendar/courses/${course.id}/calendar.ics?expires=${expires}&signature=${signature}`, { headers: { "Accept-Language": "sv" } });
    expect(response.status).toBe(410);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect(await response.json()).toMatchObject({ title: "Länken har gått ut", detail: expect.stringContaining("fliken Kurser") });
  });

  it("keeps drafts hidden, and the tab's route still wants a token", async () => {
    const draft = await createCourse(api, courseInput({ title: "Utkast" }), { publish: false });
    expect((await fetch(await cardLink(draft.id))).status).toBe(404);
    expect((await api.get(`/api/courses/${course.id}/calendar.ics`, { token: null })).status).toBe(401);
  });
});
