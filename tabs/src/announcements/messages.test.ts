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
});
