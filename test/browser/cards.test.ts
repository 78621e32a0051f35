// The bot's Adaptive Cards rendered by the adaptivecards library in headless Chromium with a
// Teams-like host config (light theme), one screenshot per card (issue 5). The card JSON is built
// in Node from the same sample data as bot/src/cards/cards.test.ts.
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  courseCancelledCard,
  courseChangedCard,
  fikaInvitationCard,
  helpCard,
  messages,
  sessionReminderCard,
  trainingAnnouncementCard,
  type AdaptiveCard,
} from "@campus-westum/bot";
import { sampleCourse, sampleFika } from "../../bot/src/testing/fakePorts.js";
import { launchChromium, screenshot } from "../support/browser.js";

// Runs in the page: window.renderCard(json) renders into #card and returns the parse/validation errors.
const PAGE_SCRIPT = `
import * as AC from "adaptivecards";
const hostConfig = new AC.HostConfig({
  fontFamily: "'Segoe UI', 'DejaVu Sans', sans-serif",
  spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 16 },
  separator: { lineThickness: 1, lineColor: "#E1DFDD" },
  fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
  fontWeights: { lighter: 300, default: 400, bolder: 600 },
  containerStyles: {
    default: { backgroundColor: "#FFFFFF", foregroundColors: {
      default: { default: "#242424", subtle: "#616161" }, accent: { default: "#5B5FC7", subtle: "#7F85F5" },
      good: { default: "#237B4B", subtle: "#3A9A63" }, warning: { default: "#C4314B", subtle: "#D65E71" },
      attention: { default: "#C4314B", subtle: "#D65E71" } } },
    emphasis: { backgroundColor: "#F5F5F5" },
  },
  actions: { maxActions: 6, spacing: "default", buttonSpacing: 8, actionsOrientation: "horizontal", actionAlignment: "stretch", showCard: { actionMode: "inline" } },
  supportsInteractivity: true,
});
window.renderCard = (json) => {
  const card = new AC.AdaptiveCard();
  card.hostConfig = hostConfig;
  const context = new AC.SerializationContext(new AC.Version(1, 5));
  card.parse(json, context);
  const errors = Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i).message);
  errors.push(...card.validateProperties().validationEvents.map((e) => e.message));
  const el = card.render();
  const host = document.getElementById("card");
  host.replaceChildren();
  if (!el) return [...errors, "render() returned nothing"];
  host.appendChild(el);
  return errors;
};
`;

const PAGE_HTML = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><style>
  body { margin: 0; padding: 16px; background: #F5F5F5; font-family: 'Segoe UI', 'DejaVu Sans', sans-serif; }
  #card { width: 420px; background: #FFFFFF; border-radius: 8px; box-shadow: 0 1px 3px rgba(0,0,0,.15); overflow: hidden; }
  .ac-pushButton { border: 1px solid #D1D1D1; border-radius: 4px; background: #FFFFFF; color: #242424; padding: 6px 12px; font: 600 14px 'Segoe UI', 'DejaVu Sans', sans-serif; cursor: pointer; }
  .ac-pushButton.style-positive { background: #5B5FC7; border-color: #5B5FC7; color: #FFFFFF; }
</style></head><body><div id="card"></div></body></html>`;

const cal = "http://127.0.0.1/cal.ics";
const session = sampleCourse.sessions[0]!;

function cardsIn(lang: "sv" | "en"): { name: string; card: AdaptiveCard; texts: string[] }[] {
  const m = messages[lang];
  return [
    { name: "announcement", card: trainingAnnouncementCard(sampleCourse, lang, cal), texts: [m.newTraining, sampleCourse.title, m.register, m.addToCalendar] },
    {
      name: "changed",
      card: courseChangedCard(sampleCourse, [{ before: session, after: { ...session, start: "2026-03-11T09:00:00+01:00" } }], lang, cal),
      texts: [m.changedTraining, sampleCourse.title, m.changes],
    },
    { name: "cancelled", card: courseCancelledCard(sampleCourse.title, "Sjuk lärare", lang), texts: [m.cancelledTraining, sampleCourse.title, "Sjuk lärare"] },
    { name: "reminder", card: sessionReminderCard(sampleCourse, session, 24, lang), texts: [m.reminderTitle(24), sampleCourse.title] },
    { name: "fika", card: fikaInvitationCard(sampleFika, { yes: 3, no: 1 }, lang, "yes"), texts: [sampleFika.title, m.rsvpYes, m.rsvpNo, m.rsvpCounts(3, 1), m.rsvpMine.yes] },
    { name: "help", card: helpCard(lang), texts: [m.helpTitle, m.helpLines[0]![0]] },
  ];
}

let browser: Browser;
let page: Page;

beforeAll(async () => {
  const bundled = await build({
    stdin: { contents: PAGE_SCRIPT, resolveDir: fileURLToPath(new URL("../../bot/", import.meta.url)), loader: "js" },
    bundle: true,
    write: false,
    format: "iife",
    target: "es2022",
    logLevel: "silent",
  });
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 460, height: 300 } })).newPage();
  const pageErrors: string[] = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await page.setContent(PAGE_HTML);
  await page.addScriptTag({ content: bundled.outputFiles[0]!.text });
  expect(pageErrors).toEqual([]);
});
afterAll(async () => {
  await browser?.close();
});

describe.each(["sv", "en"] as const)("bot cards in %s, rendered in Chromium", (lang) => {
  it.each(cardsIn(lang).map((c) => [c.name, c] as const))("%s renders with its key texts", async (name, { card, texts }) => {
    const errors = await page.evaluate((json) => (window as unknown as { renderCard(j: unknown): string[] }).renderCard(json), card as unknown);
    expect(errors).toEqual([]);
    const rendered = (await page.locator("#card").innerText()).replace(/\s+/g, " ");
    for (const t of texts) expect(rendered).toContain(t.replace(/\s+/g, " "));
    // Every action of the card is a visible button.
    const buttons = await page.locator("#card button").allInnerTexts();
    expect(buttons.map((b) => b.trim())).toEqual((card.actions ?? []).map((a) => a.title));
    expect(await page.locator("#card").boundingBox()).toMatchObject({ height: expect.any(Number) });
    await screenshot(page, `card-${name}-${lang}`);
  });
});
