// Each command of the Teams menu, sent through the Microsoft 365 Agents Playground's personal chat
// as a person picks it from the menu (the titles as the manifest and its localization files give
// them), gets a real answer from the bot: never the "I did not understand" fallback.
import { expect, it } from "vitest";
import { messages } from "../../bot/src/i18n/messages.js";
import { menuEntries } from "../../bot/src/testing/menuCommands.js";
import { installBot, shownIn as shown, usePlayground } from "./support/playground.js";

const started = usePlayground();
/** The fallback's opening words in either language ("Jag förstod inte", "I did not understand"). */
const fallbacks = Object.values(messages).map((m) => m.notUnderstood("").split('"')[0]!);

it("answers every menu command of the personal chat, in Swedish and English", { timeout: 90_000 }, async () => {
  const { playground } = started;
  await installBot(playground);
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
