// The calendar panel under "Mina anmälningar": a teacher makes her calendar address, copies it, and
// the address (fetched as a calendar would: no token) lists her registration; after a reload the
// panel says since when she has one, and turning it off ends the address (404).
import { afterAll, beforeAll, expect, it } from "vitest";
import { seriousA11yViolations } from "../support/axe.js";
import { screenshot } from "../support/browser.js";
import { startTabsInBrowser, type TabsInBrowser } from "../support/tabsInBrowser.js";

let session: TabsInBrowser;
beforeAll(async () => {
  session = await startTabsInBrowser({ catalogue: true });
});
afterAll(() => session?.close());

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });
/** The address as a calendar reaches it: PUBLIC_API_URL is where the API listens in production. */
const asCalendar = (url: string) => fetch(url.replace(session.api.services.config.bot.publicApiUrl, session.api.url));

it("makes, copies and turns off a calendar address that lists the teacher's courses", async () => {
  const registered = await session.api.send("POST", "/api/courses/questback-essentials-fordjupning/registrations", { body: {} });
  expect(registered.status, await registered.clone().text()).toBe(201);

  const page = await session.newPage();
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: session.url });
  await page.goto(`${session.url}/catalogue`);
  await page.getByRole("tab", { name: "Mina anmälningar" }).click();
  const panel = page.getByRole("region", { name: "Kalender" });
  await poll(() => panel.getByText(/den digitala fikan och tekniknätverkets evenemang/).count()).toBe(1);
  await poll(() => panel.getByRole("button", { name: "Skapa kalenderadress" }).count()).toBe(1);
  await panel.getByRole("button", { name: "Skapa kalenderadress" }).click();

  const field = panel.getByRole("textbox", { name: "Din kalenderadress" });
  await poll(() => field.count()).toBe(1);
  const url = await field.inputValue();
  expect(url).toMatch(/\/api\/calendar\/feeds\/[A-Za-z0-9_-]{43}\/calendar\.ics$/);
  await panel.getByRole("button", { name: "Kopiera adressen" }).click();
  await poll(() => panel.getByRole("status").textContent()).toBe("Adressen är kopierad.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  await screenshot(page, "catalogue-calendar-feed");
  expect(await seriousA11yViolations(page, "calendar feed")).toEqual([]);

  const feed = await asCalendar(url);
  expect(feed.status).toBe(200);
  expect(feed.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
  expect((await feed.text()).replace(/\r\n /g, "")).toContain("SUMMARY:Questback Essentials – fördjupning");

  await page.reload();
  await page.getByRole("tab", { name: "Mina anmälningar" }).click();
  await poll(() => panel.getByText(/^Du har en kalenderadress sedan \d+ \w+ \d{4}\./).count()).toBe(1);
  expect(await panel.getByRole("textbox").count()).toBe(0); // the address itself is not kept to show again
  await panel.getByRole("button", { name: "Stäng av kalenderadressen" }).click();
  await poll(() => panel.getByRole("status").textContent()).toContain("Kalenderadressen är avstängd.");
  await poll(() => panel.getByRole("button", { name: "Skapa kalenderadress" }).count()).toBe(1);
  expect((await asCalendar(url)).status).toBe(404);
  await page.context().close();
});
