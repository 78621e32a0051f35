// Reading and validating a JSON request body with zod. Messages come in the caller's language:
// zod's own in sv or en, and the domain's bilingual ones from the issue's params.
import type { HttpRequest } from "@azure/functions";
import { z } from "zod";
import { en, sv } from "zod/v4/locales";
import type { Lang } from "./language.js";
import { problems } from "./problem.js";

const localeErrors = { sv: sv().localeError, en: en().localeError };

export async function parseBody<S extends z.ZodType>(request: HttpRequest, schema: S, lang: Lang): Promise<z.infer<S>> {
  const text = await request.text();
  let raw: unknown;
  try {
    raw = text.trim() === "" ? {} : JSON.parse(text);
  } catch {
    throw problems.invalidInput([{ field: "body", message: "JSON" }], {
      sv: "Innehållet är inte giltig JSON. Skicka ett JSON-objekt.",
      en: "The body is not valid JSON. Send a JSON object.",
    });
  }
  const parsed = schema.safeParse(raw, { error: localeErrors[lang] });
  if (parsed.success) return parsed.data;
  const errors = parsed.error.issues.map((issue) => {
    const bilingual = (issue as { params?: Record<string, unknown> }).params;
    const message = typeof bilingual?.[lang] === "string" ? (bilingual[lang] as string) : issue.message;
    return { field: issue.path.join(".") || "body", message };
  });
  throw invalidFields(errors);
}

/** A 400 naming the first wrong field and its message in the detail, all of them in `errors`. */
export function invalidFields(errors: { field: string; message: string }[]) {
  const first = errors[0]!;
  return problems.invalidInput(errors, {
    sv: `Fel i ${first.field}: ${first.message}. Rätta uppgifterna och försök igen.`,
    en: `Wrong ${first.field}: ${first.message}. Correct it and try again.`,
  });
}
