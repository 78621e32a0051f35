// Echo suppression: a course whose list items are all versions the app has seen brings nothing new.
import { describe, expect, it } from "vitest";
import type { CourseItemLink } from "../outbox/itemLinks.js";
import { hasNews, listedItems } from "./listVersions.js";

const none = () => ({});
const fieldsOf = { course: none, session: none, site: none };
const link = (...seen: string[]): CourseItemLink => ({ itemId: "1", etag: seen.at(-1)!, fields: {}, seen });
const items = (courseTag: string, sessionTag: string) =>
  listedItems({ itemId: "1", value: { eTag: courseTag } }, [{ itemId: "5", value: { id: "s1", eTag: sessionTag } as { id: string } }], [], fieldsOf);

describe("hasNews", () => {
  it("is false for the app's own writes coming back, and for an older version read before them", () => {
    const links = new Map([["course", link('"a,1"', '"a,2"')], ["session-s1", link('"b,1"')]]);
    expect(hasNews(items('"a,2"', '"b,1"'), links)).toBe(false);
    expect(hasNews(items('"a,1"', '"b,1"'), links)).toBe(false);
  });

  it("is true for a version the app has not seen, an item it has no link for, or a linked session gone from the list", () => {
    const links = new Map([["course", link('"a,2"')], ["session-s1", link('"b,1"')]]);
    expect(hasNews(items('"a,3"', '"b,1"'), links)).toBe(true);
    expect(hasNews(items('"a,2"', '"b,1"'), new Map([["course", link('"a,2"')]]))).toBe(true);
    const withoutSession = listedItems({ itemId: "1", value: { eTag: '"a,2"' } }, [], [], fieldsOf);
    expect(hasNews(withoutSession, links)).toBe(true);
  });
});
