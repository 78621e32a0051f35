// Reading and validating a query string with zod. Repeated parameters become lists; unknown
// parameters are refused so that a typo ("subregion=") is reported instead of silently ignored.
// Values are normalised like body text first (inputText.ts): NFC, no control characters.
import * as z from "zod";
import { normalizeText } from "./inputText.js";
import { zodIssueMessage } from "./issueMessage.js";
import type { Lang } from "./language.js";
import { problems } from "./problem.js";
import { zodMessages } from "./zodMessages.js";

export function parseQuery<S extends z.ZodObject>(
  params: URLSearchParams,
  schema: S,
  listFields: readonly string[],
  lang: Lang,
): z.infer<S> {
  const known = Object.keys(schema.shape);
  const unknown = [...new Set(params.keys())].filter((key) => !known.includes(key));
  if (unknown.length > 0) {
    throw problems.invalidInput(
      unknown.map((field) => ({ field, message: lang === "sv" ? "Okänd parameter" : "Unknown parameter" })),
      {
        sv: `Okänd parameter: ${unknown.join(", ")}. Giltiga är ${known.join(", ")}.`,
        en: `Unknown parameter: ${unknown.join(", ")}. Valid ones are ${known.join(", ")}.`,
      },
    );
  }
  const raw: Record<string, string | string[]> = {};
  const refused: { field: string; message: string }[] = [];
  const normalized = (key: string, value: string) => {
    const text = normalizeText(value);
    if (!text.ok) refused.push({ field: key, message: text.problem[lang] });
    return text.ok ? text.text : value;
  };
  for (const key of new Set(params.keys())) {
    raw[key] = listFields.includes(key) ? params.getAll(key).map((v) => normalized(key, v)) : normalized(key, params.get(key)!);
  }
  const parsed = refused.length > 0 ? undefined : schema.safeParse(raw, { error: zodMessages[lang] });
  if (parsed?.success) return parsed.data;
  const errors = parsed ? parsed.error.issues.map((issue) => ({ field: issue.path.join(".") || "query", message: zodIssueMessage(issue, lang) })) : refused;
  const fields = [...new Set(errors.map((e) => e.field.split(".")[0]))].join(", ");
  throw problems.invalidInput(errors, {
    sv: `Ogiltigt värde i ${fields}: ${errors[0]!.message}. Rätta sökningen och försök igen.`,
    en: `Invalid value in ${fields}: ${errors[0]!.message}. Correct the search and try again.`,
  });
}
