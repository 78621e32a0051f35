// A zod issue's message in the caller's language: the domain's refinements carry both languages
// in the issue's params (domain/catalogue/messages.ts); zod's own messages come in the language
// they were made in (zodMessages.ts).
import type * as z from "zod";
import type { Lang } from "./language.js";

export function zodIssueMessage(issue: z.core.$ZodIssue, lang: Lang): string {
  const bilingual = (issue as { params?: Record<string, unknown> }).params;
  return typeof bilingual?.[lang] === "string" ? (bilingual[lang] as string) : issue.message;
}
