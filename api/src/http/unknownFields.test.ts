import * as z from "zod";
import { describe, expect, it } from "vitest";
import { unknownFields } from "./unknownFields.js";

const schema = z.object({
  title: z.string(),
  sessions: z.array(z.object({ start: z.string(), hours: z.number().optional() })).max(3),
  person: z.object({ id: z.string() }).optional(),
  seats: z.number().nullable(),
});

describe("unknownFields", () => {
  it("names unknown fields at any depth, known ones never", () => {
    expect(unknownFields(schema, { title: "x", sessions: [{ start: "s", hous: 2 }], person: { id: "1", admin: true }, junk: { a: 1 } })).toEqual([
      "sessions.0.hous",
      "person.admin",
      "junk",
    ]);
    expect(unknownFields(schema, { title: "x", sessions: [], seats: null })).toEqual([]);
  });

  it("leaves values of the wrong type to the schema", () => {
    expect(unknownFields(schema, { title: { nested: 1 }, sessions: "no", person: [1] })).toEqual([]);
    expect(unknownFields(schema, [1, 2])).toEqual([]);
  });

  it("reads own keys only (__proto__ as sent in JSON is an unknown field)", () => {
    expect(unknownFields(schema, JSON.parse('{"__proto__": {"title": 1}, "constructor": 1}'))).toEqual(["__proto__", "constructor"]);
  });
});
