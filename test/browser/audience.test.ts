// The coordinator chooses who a course's announcement reaches before publishing it (issue 11.2):
// "Når N personer" stands before the confirm button, computed by the API from the directory;
// without proactive installation (local mode) the tab says that people without a chat will
// not be reached. The choice is saved for the course.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { CourseAudience } from "../../api/src/contract/index.js";
import { courseInput, createCourse } from "../api/catalogueFixtures.js";
import { seriousA11yViolations } from "../support/axe.js";
import { screenshot } from "../support/browser.js";
import { startTabsInBrowser, type TabsInBrowser } from "../support/tabsInBrowser.js";

let session: TabsInBrowser;
beforeAll(async () => {
  session = await startTabsInBrowser({ catalogue: true });
});
afterAll(() => session?.close());

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });

it("chooses the contacts of a member as the audience, shows how many it reaches, then publishes", async () => {
  const course = await createCourse(session.api, courseInput({ title: "Ljudbok i SFI" }), { publish: false });
  const { members } = await session.api.services.members.loadAll();
  const member = members.find((m) => m.name === "Lärcenter Falköping")!;
  const contacts = new Set(member.contacts.map((c) => c.email.toLowerCase())).size;

  const page = await session.newPage();
  await page.goto(`${session.url}/catalogue?as=coordinator&view=manage`);
  const picker = page.getByLabel("Kurs", { exact: true });
  await poll(() => picker.locator(`option[value="${course.id}"]`).count()).toBe(1);
  await picker.selectOption(course.id);
  await page.getByRole("button", { name: "Publicera" }).click();

  // The default: the chat subscribers (none in this store).
  const status = page.getByRole("status").filter({ hasText: /Når|Välj|Räknar/ });
  await poll(() => status.textContent()).toBe("Når 0 personer.");
  const confirm = page.getByRole("button", { name: "Publicera och skicka" });

  await page.getByRole("radio", { name: "Alla kontaktpersoner hos valda medlemmar" }).check();
  await poll(() => status.textContent()).toBe("Välj minst en mottagare.");
  expect(await confirm.getAttribute("aria-disabled")).toBe("true");
  await page.getByRole("checkbox", { name: "Lärcenter Falköping" }).check();
  await poll(() => status.textContent()).toBe(`Når ${contacts} personer.`);
  await poll(() => page.getByText(/automatisk installation är inte påslagen/).count()).toBe(1);
  await screenshot(page, "catalogue-audience-picker");
  expect(await seriousA11yViolations(page, "audience picker")).toEqual([]);

  await confirm.click();
  await poll(() => page.getByText("Status: Publicerad").count()).toBe(1);
  const saved = (await (await session.api.get(`/api/courses/${course.id}/audience`, { token: await session.api.token("coordinator") })).json()) as CourseAudience;
  expect(saved.audience).toEqual({ kind: "members", memberIds: [member.id] });
  await page.context().close();
});
