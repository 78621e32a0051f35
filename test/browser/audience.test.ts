// The coordinator chooses who a course's announcement reaches before publishing it (issue 11.2):
// "Når N personer" stands before the confirm button, computed by the API from the directory;
// without proactive installation (local mode) the tab says that people without a chat will
// not be reached. The choice is saved for the course. Changing a published course asks the same,
// with channels named by their team and their own name, and the registered counted in.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { CourseAudience } from "../../api/src/contract/index.js";
import { botServicesOf } from "../../api/src/bot/botServices.js";
import { courseInput, createCourse, registerPerson } from "../api/catalogueFixtures.js";
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

it("asks who hears of a change to a published course, names the channels, and saves the choice", async () => {
  const course = await createCourse(session.api, courseInput({ title: "Poddar i undervisningen" }));
  await registerPerson(session.api, course.id, { id: "7e57ca11-0000-4000-8000-0000000000b2", name: "Bo Lärare", memberId: "dacapo-mariestad" });
  const team = "19:natverket@thread.tacv2";
  const channel = "19:larare@thread.tacv2";
  const record = { serviceUrl: "https://smba.trafficmanager.net/emea/", kind: "channel" as const, teamId: team, teamName: "Lärcentrumnätverket", lang: "sv" as const, topics: [], active: true, updatedAt: new Date().toISOString() };
  await botServicesOf(session.api.services).conversations.saveMany([
    { ...record, conversationId: channel, channelName: "Lärare" },
    { ...record, conversationId: team }, // the team's General channel: no name of its own
  ]);

  const page = await session.newPage();
  await page.goto(`${session.url}/catalogue?as=coordinator&view=manage`);
  const picker = page.getByLabel("Kurs", { exact: true });
  await poll(() => picker.locator(`option[value="${course.id}"]`).count()).toBe(1);
  await picker.selectOption(course.id);
  await page.getByRole("button", { name: "Redigera" }).click();
  const form = page.getByRole("dialog", { name: "Redigera Poddar i undervisningen" });
  await poll(() => form.getByText("Vem ska få beskedet om ändringen i Teams?", { exact: false }).count()).toBe(1);

  const status = form.getByRole("status").filter({ hasText: /Når|Välj|Räknar/ });
  // The registered person always hears of a change.
  await poll(() => status.textContent()).toBe("Når 1 person.");
  await form.getByRole("radio", { name: "En kanal" }).check();
  const channels = form.getByRole("combobox", { name: "Kanal" });
  await poll(() => channels.locator("option").allTextContents()).toEqual(["Välj kanal", "Lärcentrumnätverket: Lärare", "Lärcentrumnätverket: Allmänt"]);
  // Saving before a channel is chosen: nothing is saved, the summary says why.
  await form.getByRole("button", { name: "Spara ändringarna" }).click();
  await poll(() => form.getByRole("alert").filter({ hasText: "Mottagare i Teams" }).count()).toBe(1);
  await channels.selectOption({ label: "Lärcentrumnätverket: Lärare" });
  await poll(() => status.textContent()).toBe("Når 1 person. Och 1 kanal.");
  expect(await seriousA11yViolations(page, "change audience")).toEqual([]);

  await form.getByRole("textbox", { name: /^Titel/ }).fill("Poddar i SFI-undervisningen");
  await form.getByRole("button", { name: "Spara ändringarna" }).click();
  await poll(() => page.getByRole("dialog").count()).toBe(0);
  const saved = (await (await session.api.get(`/api/courses/${course.id}/audience`, { token: await session.api.token("coordinator") })).json()) as CourseAudience;
  expect(saved.audience).toEqual({ kind: "channel", conversationId: channel });
  await page.context().close();
});
