// Issue 11.5 in the tab: a teacher on a full course's waitlist gets the seat a cancellation frees,
// and "Mina anmälningar" says so, with when (registrations' promotedAt).
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Registration } from "../../api/src/contract/index.js";
import { courseInput, createCourse, registerPerson } from "../api/catalogueFixtures.js";
import { seriousA11yViolations } from "../support/axe.js";
import { startTabsInBrowser, type TabsInBrowser } from "../support/tabsInBrowser.js";

let session: TabsInBrowser;
beforeAll(async () => {
  session = await startTabsInBrowser({ catalogue: true });
});
afterAll(() => session?.close());

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });

it("shows in Mina anmälningar that the teacher got her seat from the waitlist", async () => {
  const course = await createCourse(session.api, courseInput({ title: "Väntelistan i praktiken", seats: 1 }));
  const first = await registerPerson(session.api, course.id, { id: "7e57ca11-0000-4000-8000-0000000000c3", name: "Cia Först", memberId: "dacapo-mariestad" });
  const waiting = await session.api.send("POST", `/api/courses/${course.id}/registrations`, { body: {} });
  expect(((await waiting.json()) as Registration).status).toBe("waitlisted");

  const page = await session.newPage();
  await page.goto(`${session.url}/catalogue?view=mine`);
  const mine = page.getByRole("tabpanel");
  await poll(() => mine.getByText("Väntelistan i praktiken").count()).toBeGreaterThan(0);
  expect(await mine.getByText(/Du har fått en plats från väntelistan/).count()).toBe(0);

  const cancelled = await session.api.send("DELETE", `/api/courses/${course.id}/registrations/${first.id}`, { token: await session.api.token("coordinator") });
  expect(cancelled.status).toBeLessThan(300);
  await page.reload();
  await poll(() => mine.getByText(/Du har fått en plats från väntelistan \(.+\)/).count()).toBe(1);
  expect(await seriousA11yViolations(page, "promoted")).toEqual([]);
  await page.context().close();
});
