// Reading and validating a JSON request body with zod, its text normalised first (inputText.ts).
// Messages come in the caller's language: zod's own in sv or en, and the domain's bilingual ones
// from the issue's params.
import type { HttpRequest } from "@azure/functions";
import * as z from "zod";
import { normalizeJsonText } from "./inputText.js";
import { zodIssueMessage } from "./issueMessage.js";
import type { Lang } from "./language.js";
import { problems } from "./problem.js";
import { unknownFields } from "./unknownFields.js";
import { zodMessages } from "./zodMessages.js";

/** application/json and the +json types (problem+json, merge-patch+json), with or without a charset. */
const JSON_TYPE = /^application\/([a-z0-9.+-]*\+)?json\s*(;|$)/i;

/**
 * The largest body the API reads. The largest real one (5,000 attendance entries) is about 350 KB;
 * the Functions host's own limit is 100 MB, so this is the one that counts.
 */
export const MAX_BODY_BYTES = 1024 * 1024;

export async function parseBody<S extends z.ZodType>(request: HttpRequest, schema: S, lang: Lang): Promise<z.infer<S>> {
  const text = await readText(request, MAX_BODY_BYTES);
  let raw: unknown;
  try {
    raw = text.trim() === "" ? {} : JSON.parse(text);
  } catch {
    throw problems.invalidInput([{ field: "body", message: "JSON" }], {
      sv: "Innehållet är inte giltig JSON. Skicka ett JSON-objekt.",
      en: "The body is not valid JSON. Send a JSON object.",
    });
  }
  const checked = checkJson(raw, schema, lang);
  if (checked.ok) return checked.value;
  throw invalidFields(checked.errors);
}

export type CheckedJson<T> = { ok: true; value: T } | { ok: false; errors: { field: string; message: string }[] };

/**
 * Parsed JSON checked as a body is (text normalised, no unknown fields, the schema), with field
 * errors in the caller's language instead of a thrown 400: for input that does not come as an
 * HTTP body, such as a card's Action.Execute data.
 */
export function checkJson<S extends z.ZodType>(raw: unknown, schema: S, lang: Lang): CheckedJson<z.infer<S>> {
  const normalized = normalizeJsonText(raw);
  if (normalized.problems.length > 0) return { ok: false, errors: normalized.problems.map(({ field, text }) => ({ field, message: text[lang] })) };
  const unknown = unknownFields(schema, normalized.value);
  if (unknown.length > 0) return { ok: false, errors: unknown.map((field) => ({ field, message: lang === "sv" ? "okänt fält" : "unknown field" })) };
  const parsed = schema.safeParse(normalized.value, { error: zodMessages[lang] });
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, errors: parsed.error.issues.map((issue) => ({ field: issue.path.join(".") || "body", message: zodIssueMessage(issue, lang) })) };
}

/**
 * The body as text, refused before it is read when Content-Length is too large, and after when it
 * turns out to be (chunked bodies carry no length). The Functions host has its own, far larger, limit.
 */
async function readText(request: HttpRequest, maxBytes: number): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw problems.tooLarge(maxBytes);
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > maxBytes) throw problems.tooLarge(maxBytes);
  if (bytes.byteLength === 0) return "";
  // A body is JSON or nothing: a form or text body is refused rather than guessed at.
  if (!JSON_TYPE.test(request.headers.get("content-type") ?? "")) throw problems.unsupportedMediaType();
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw problems.invalidInput([{ field: "body", message: "UTF-8" }], {
      sv: "Innehållet är inte giltig UTF-8. Skicka JSON i UTF-8.",
      en: "The body is not valid UTF-8. Send JSON in UTF-8.",
    });
  }
}

/** Errors listed in one answer: enough to correct a form, and a 6,000-item junk array cannot turn into a megabyte of errors. */
const MAX_LISTED_ERRORS = 50;

/** A 400 naming the first wrong field and its message in the detail, the first 50 of them in `errors`. */
export function invalidFields(errors: { field: string; message: string }[]) {
  const first = errors[0]!;
  return problems.invalidInput(errors.slice(0, MAX_LISTED_ERRORS), {
    sv: `Fel i ${first.field}: ${first.message}. Rätta uppgifterna och försök igen.`,
    en: `Wrong ${first.field}: ${first.message}. Correct it and try again.`,
  });
}
