// Each command of the Teams menu, sent through the Microsoft 365 Agents Playground's personal chat
// as a person picks it from the menu (the titles as the manifest and its localization files give
// them), gets a real answer from the bot: never the "I did not understand" fallback.
import { afterAll, beforeAll, expect, it } from "vitest";
import { messages } from "../../bot/src/i18n/messages.js";
import { menuEntries } from "../../bot/src/testing/menuCommands.js";
import { startApiHarness, type ApiHarness } from "../support/apiHarness.js";
import { startPlayground, type Playground, type PlaygroundMessage } from "./support/playground.js";

let api: ApiHarness;
let playground: Playground;

beforeAll(async () => {
  api = await startApiHarness();
  playground = await startPlayground(`${api.url}/api/messages`);
}, 60_000);
afterAll(async () => {
  await playground?.close();
  await api?.close();
});

const shown = (m: PlaygroundMessage) => JSON.stringify(m.attachments?.[0]?.content ?? m.text ?? "");
/** The fallback's opening words in either language ("Jag förstod inte", "I did not understand"). */
const fallbacks = Object.values(messages).map((m) => m.notUnderstood("").split('"')[0]!);

it("answers every menu command of the personal chat, in Swedish and English", { timeout: 90_000 }, async () => {
  await playground.install();
  await playground.next((m) => /Välkommen|Welcome/.test(shown(m)));
  // The personal chat shows the personal scope's menu; "språk" and "language" change the reply
  // language and back again, which is fine: the check holds in both.
  const titles = [...new Set(menuEntries().filter((e) => e.scopes.includes("personal")).map((e) => e.title))];
  expect(titles).toEqual(expect.arrayContaining(["kommande utbildningar", "avsluta prenumeration", "upcoming courses"]));
  for (const title of titles) {
    const from = playground.messages.length;
    await playground.say(title);
    const reply = await playground.next(() => true, from);
    for (const fallback of fallbacks) expect(shown(reply), title).not.toContain(fallback);
  }
});
