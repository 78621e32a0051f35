import { readdirSync, readFileSync } from "node:fs";
import { compileMessage } from "@lingui/message-utils/compileMessage";
import { describe, expect, it } from "vitest";
import en from "../i18n/catalogues/announcements/en.json";
import sv from "../i18n/catalogues/announcements/sv.json";
import { kindMessage, reasonMessage } from "./labels";

describe("the announcements view's messages", () => {
  it("have the same keys in Swedish and English and are valid ICU MessageFormat", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
    // A message that does not compile is shown raw: compileMessage hands it back as one text, braces and all.
    const texts = (part: unknown): string[] => (typeof part === "string" ? [part] : Array.isArray(part) ? part.flatMap(texts) : typeof part === "object" && part ? Object.values(part).flatMap(texts) : []);
    for (const [id, message] of [...Object.entries(sv), ...Object.entries(en)]) {
      expect(texts(compileMessage(message)).filter((text) => /[{}]/.test(text)), id).toEqual([]);
    }
  });

  it("name every reason and kind with a message that exists", () => {
    for (const code of ["blocked-bot", "chat-gone", "refused-repeatedly", "teams-unavailable", "waiting", "other"] as const) expect(sv).toHaveProperty([reasonMessage(code)]);
    expect(kindMessage("course-published")).toBe("announcements.kind.course-published");
    expect(kindMessage("something-new")).toBe("announcements.kind.other");
    expect(sv).toHaveProperty([kindMessage("something-new")]);
  });

  it("name each kind the bot sends (the tech network's events too), not as a bare \"Utskick\"", () => {
    expect(kindMessage("network-event-published")).toBe("announcements.kind.network-event-published");
    expect(([sv, en] as Record<string, string>[]).map((catalogue) => catalogue[kindMessage("network-event-reminder")])).toEqual(["Påminnelse om evenemang", "Event reminder"]);
    // Every announcement is built in the bot's notices; their kinds are string literals there
    // (`kind: "fika-pair"`, or `kind: reminder ? "needs-reminder" : "needs-round"`).
    const notices = new URL("../../../bot/src/notices/", import.meta.url);
    const sources = readdirSync(notices).filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"));
    const kindExpressions = sources.flatMap((name) => [...readFileSync(new URL(name, notices), "utf8").matchAll(/\bkind: ([^,;\n]+)/g)].map((match) => match[1]!));
    const kinds = new Set(kindExpressions.flatMap((expression) => [...expression.matchAll(/"([a-z]+(?:-[a-z]+)+)"/g)].map((match) => match[1]!)));
    expect(kinds).toContain("network-event-cancelled");
    expect(kinds).toContain("needs-round");
    for (const kind of kinds) {
      expect(kindMessage(kind), kind).not.toBe("announcements.kind.other");
      expect(sv, kind).toHaveProperty([kindMessage(kind)]);
    }
    const names = (catalogue: Record<string, string>) => new Set([...kinds].map((kind) => catalogue[kindMessage(kind)]));
    expect(names(sv).size, "one name per kind").toBe(kinds.size);
    expect(names(en).size, "one name per kind").toBe(kinds.size);
  });
});
