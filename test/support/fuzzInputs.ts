// Malformed input for the API's fuzz test (fast-check): text that breaks parsers and matchers
// (huge, unicode edge cases, OData and script injection), JSON that is broken, too deep or too
// wide, and bodies that are certain to be invalid for a route's schema, so that a write that
// reaches the store would be a bug.
import fc from "fast-check";

/** Strings that have broken APIs before: OData injection, control and direction marks, lone surrogates. */
export const NASTY_STRINGS = [
  "' or 1 eq 1", "' or ''='", "x' or PartitionKey ne '", "$filter=PartitionKey ne ''", "$top=1000&$select=*", "eq null",
  "\u202Eevil.exe\u202C", "\u200F\u200E\u061C", "\u0000", "\u0007\b\f", "\uD800", "\uDFFF", "a\uD83Dz", "\uFEFF", "\uFFFF\uFFFE",
  "😀👩‍👩‍👧‍👦", "Å̈ä̸ö", "ﬁ", "İı", "ß", "%00", "%", "%zz", "%E0%A4%A", "%ED%A0%80", "../..", "..%2F..", "<script>alert(1)</script>",
  "${7*7}", "{{7*7}}", "__proto__", "constructor", "prototype", "NaN", "Infinity", "-0", "1e309", "0x1F", "null", "undefined", "true",
  "[]", "{}", "\\", "\"", "'", "`", "\r\n\r\nX-Injected: 1", " ", "\t",
];

const huge = fc.integer({ min: 1_000, max: 20_000 }).chain((n) => fc.constantFrom("a", "å", "😀", "'", "\u202E").map((c) => c.repeat(n)));

/** Any text, weighted towards the nasty kinds. */
export const nastyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 1, arbitrary: huge.map((s) => s.slice(0, 3_000)) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...NASTY_STRINGS), fc.string({ maxLength: 10 })).map(([a, b]) => a + b) },
);

/** Text for paths and queries: short enough that the URL stays under the hosts' limits (Node's 16 KB of headers). */
export const urlText: fc.Arbitrary<string> = nastyText.map((s) => s.slice(0, 120));

/** A path segment, sent as is: usually percent-encoded, sometimes raw broken escapes. Never "." or "..". */
export const pathSegment: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: urlText.map((s) => encodeSegment(s)) },
  { weight: 1, arbitrary: fc.constantFrom("%", "%zz", "%E0%A4%A", "%ED%A0%80", "%C0%AF", "%00", "a%2Fb", "%2e%2e%2fetc") },
).filter((s) => s !== "" && s !== "." && s !== ".." && !/^(%2e|\.){1,2}$/i.test(s));

/** encodeURIComponent, except that lone surrogates (which it refuses) are sent as CESU-8 bytes. */
export function encodeSegment(text: string): string {
  const cesu8 = (c: number) => [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join("");
  return [...text].map((ch) => (/^[\uD800-\uDFFF]$/.test(ch) ? cesu8(ch.charCodeAt(0)) : encodeURIComponent(ch))).join("");
}

/** A query string: unknown parameters, known ones with wrong values, repeats, injections. */
export function queryString(knownParams: readonly string[]): fc.Arbitrary<string> {
  const name = fc.oneof(fc.constantFrom(...knownParams, "$filter", "$top", "$select", "__proto__", "q[]", "page[]"), urlText);
  const pair = fc.tuple(name, fc.oneof(urlText, fc.integer().map(String), fc.constantFrom("true", "-1", "0", "1e9", "2025-02-30", "")));
  return fc.array(pair, { minLength: 1, maxLength: 6 }).map((pairs) => new URLSearchParams(pairs).toString());
}

/** A value that no field of any request schema accepts: no input field is a boolean or a list of lists. */
export const certainlyWrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.boolean(),
  fc.constant([[1]]),
  fc.constant([["' or 1 eq 1"]]),
  fc.integer({ min: 1, max: 200 }).map((depth) => nest(depth)),
  fc.integer({ min: 100, max: 6_000 }).map((n) => Array.from({ length: n }, () => [0])),
);

const nest = (depth: number): unknown => (depth === 0 ? [] : [nest(depth - 1)]);

/** JSON values of every shape, including strings with lone surrogates and RTL marks. */
export const anyJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    nastyText,
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 5 }),
    fc.dictionary(fc.oneof(nastyText, fc.string()), tie("value"), { maxKeys: 5 }),
  ),
})).value;

/** An object body that is invalid for a schema with these fields: one or more of them wrong, plus unknown fields. */
export function invalidObjectBody(fields: readonly string[]): fc.Arbitrary<string> {
  return fc
    .record({
      wrong: fc.uniqueArray(fc.constantFrom(...fields), { minLength: 1, maxLength: fields.length }),
      wrongValue: certainlyWrongValue,
      unknown: fc.dictionary(fc.oneof(nastyText, fc.constantFrom("__proto__", "constructor", "$filter", "odata.etag", "PartitionKey")), anyJson, { maxKeys: 4 }),
    })
    .map(({ wrong, wrongValue, unknown }) => {
      const body: Record<string, unknown> = { ...unknown };
      for (const field of wrong) body[field] = wrongValue;
      return JSON.stringify(body);
    });
}

/**
 * Text that is not JSON, or not an object: broken syntax, other types, too deep, too wide.
 * ("\uFEFF{}" is not here: a leading byte order mark may be ignored, which makes it "{}", valid.)
 */
export const malformedJsonText: fc.Arbitrary<string> = fc
  .oneof(
    fc.constantFrom("{", "}", "{\"title\":", "[1,2", "{'a':1}", "undefined", "NaN", "{\"a\":1,}", "\uFEFF[]", "\uFEFF\uFEFF{}", "{\"a\":\"\\ud800\"", "{\"a\":01}", "\"\\x41\"", "/*c*/{}", "{\"a\":1}{\"b\":2}"),
    fc.string({ unit: "binary", minLength: 1, maxLength: 200 }),
    anyJson.filter((v) => v === null || typeof v !== "object" || Array.isArray(v)).map((v) => JSON.stringify(v)),
    fc.integer({ min: 1_000, max: 100_000 }).map((d) => "[".repeat(d) + "]".repeat(d)),
    fc.integer({ min: 1_000, max: 50_000 }).map((d) => "{\"a\":".repeat(d) + "1" + "}".repeat(d)),
    fc.integer({ min: 1_000, max: 50_000 }).map((n) => `[${"{},".repeat(n)}{}]`),
    // Over the 1 MB limit: 413.
    fc.integer({ min: 1_100_000, max: 1_300_000 }).map((n) => `{"title":"${"x".repeat(n)}"}`),
  )
  // An empty or blank body means "no body" ({}), which is valid for some routes.
  .filter((text) => text.trim() !== "");

/** Content types that are not JSON. */
export const wrongContentType = fc.constantFrom(
  "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml", "application/jsonp",
  "application/json-seq", "text/json", "image/png", "application/octet-stream", "*/*", "json",
);

/** Headers a client may send oddly: languages and correlation ids of every shape (Latin-1 only, as HTTP allows). */
export const oddHeaders: fc.Arbitrary<Record<string, string>> = fc.record(
  {
    "Accept-Language": fc.oneof(fc.constantFrom("en", "sv-SE", "*", "en;q=abc", "sv;q=0, en;q=0", "x".repeat(2000), ";;;,,,", "en-US,en;q=0.9,sv;q=0.8"), fc.string({ maxLength: 50 })),
    "X-Correlation-Id": fc.oneof(fc.uuid(), fc.string({ maxLength: 100 }), fc.constant("a".repeat(65))),
  },
  { requiredKeys: [] },
).map((headers) => Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, v.replace(/[^\x20-\x7e]/g, "")])));
