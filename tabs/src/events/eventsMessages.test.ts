import { describe, expect, it } from "vitest";
import { compileMessage } from "@lingui/message-utils/compileMessage";
import sv from "../i18n/catalogues/events/sv.json";
import en from "../i18n/catalogues/events/en.json";
import core from "../i18n/catalogues/sv.json";

describe("the events view's messages", () => {
  it("have the same keys in Swedish and English, apart from the core's, and are valid ICU MessageFormat", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
    expect(Object.keys(sv).filter((id) => id in core)).toEqual([]);
    for (const [id, message] of [...Object.entries(sv), ...Object.entries(en)]) expect(() => compileMessage(message), id).not.toThrow();
  });
});
