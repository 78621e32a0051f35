// Every command the Teams menu offers (appPackage/manifest.json's command lists, every scope, and
// their titles in each localization file) is understood, read from the files themselves
// (testing/menuCommands.ts): an entry added there without teaching the parser fails here.
import type { Activity } from "botbuilder";
import { describe, expect, it } from "vitest";
import { messages } from "../i18n/messages.js";
import { menuEntries } from "../testing/menuCommands.js";
import { testConversation } from "../testing/testConversation.js";
import { parseCommand } from "./parseCommand.js";

const entries = menuEntries();

it("reads the menu from the manifest and both localization files", () => {
  expect(new Set(entries.map((e) => e.source))).toEqual(new Set(["manifest.json", "sv-SE.json", "en.json"]));
  expect(new Set(entries.flatMap((e) => e.scopes))).toEqual(new Set(["personal", "team", "groupChat"]));
  expect(entries.map((e) => e.title)).toEqual(expect.arrayContaining(["kommande utbildningar", "avsluta prenumeration", "upcoming courses"]));
});

describe.each(entries)("$source, $scopes: \"$title\"", ({ source, title }) => {
  it("is a command the parser knows", () => {
    expect(parseCommand(title).name).not.toBe("unknown");
  });

  it("gets a real answer, not the fallback", async () => {
    const { turn } = testConversation();
    const locale = source === "en.json" ? "en-US" : "sv-SE";
    const replies: Activity[] = await turn({ type: "message", text: title, locale });
    expect(replies.length).toBeGreaterThan(0);
    const said = JSON.stringify(replies.map((r) => r.attachments?.[0]?.content ?? r.text));
    for (const m of Object.values(messages)) expect(said).not.toContain(m.notUnderstood(title).split('"')[0]);
  });
});
