// What a coordinator's round and a member's answer may hold (issue 13), checked whole before
// anything is saved. The vocabulary is the app's own: education areas, contact roles, course
// formats, the audiences and terms of the contract. Messages come in both languages (the edge
// picks the caller's). The rules that need the clock or the round (a deadline not yet passed,
// only the round's areas) take them as arguments, so the schemas stay pure.
import { FIRST_YEAR, LAST_YEAR } from "@campus-westum/bot/calendarDate";
import * as z from "zod";
import {
  CONTACT_ROLES,
  COURSE_FORMATS,
  EDUCATION_AREAS,
  MAX_NEED_PARTICIPANTS,
  MAX_NEEDS_PER_ANSWER,
  NEEDS_AUDIENCES,
  TERMS,
  type EducationAreaId,
  type NeedsAnswerInput,
  type NeedsRoundInput,
} from "../../contract/index.js";
import { addBilingualIssue, type Bilingual } from "../catalogue/messages.js";
import { multiLine, singleLine } from "../textSchemas.js";
import { calendarDate } from "../timeSchemas.js";

const ids = <T extends readonly { id: string }[]>(list: T) => list.map((item) => item.id) as [T[number]["id"], ...T[number]["id"][]];
const said = (text: Bilingual) => ({ message: text.en, params: text });

/** A list without repeats: the second of two equal entries is named. */
function unique<T>(key: (item: T) => string, text: Bilingual) {
  return (list: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(key(item))) addBilingualIssue(ctx, [i], text);
      seen.add(key(item));
    });
  };
}

export const DEFAULT_REMINDER_DAYS = 3;
const MAX_REMINDER_DAYS = 14;

export const needsRoundInputSchema = z.object({
  title: singleLine(120).refine((t) => t.length >= 1, said({ sv: "ange en rubrik, högst 120 tecken", en: "give a title, at most 120 characters" })),
  period: z.object({
    term: z.enum(ids(TERMS)),
    year: z.number().int().min(FIRST_YEAR).max(LAST_YEAR),
  }),
  deadline: calendarDate,
  reminderDaysBefore: z
    .number()
    .refine((n) => Number.isInteger(n) && n >= 0 && n <= MAX_REMINDER_DAYS, said({ sv: `hela dagar från 0 (ingen påminnelse) till ${MAX_REMINDER_DAYS}`, en: `whole days from 0 (no reminder) to ${MAX_REMINDER_DAYS}` }))
    .default(DEFAULT_REMINDER_DAYS),
  recipientRoles: z
    .array(z.enum(ids(CONTACT_ROLES)))
    .refine((list) => list.length >= 1, said({ sv: "välj minst en kontaktroll som får frågan", en: "choose at least one contact role to ask" }))
    .max(CONTACT_ROLES.length)
    .superRefine(unique((role) => role, { sv: "rollen finns redan med", en: "the role is already listed" })),
  areas: z
    .array(z.enum(ids(EDUCATION_AREAS)))
    .refine((list) => list.length >= 1, said({ sv: "välj minst ett utbildningsområde", en: "choose at least one education area" }))
    .max(EDUCATION_AREAS.length)
    .superRefine(unique((area) => area, { sv: "området finns redan med", en: "the area is already listed" }))
    .default(() => EDUCATION_AREAS.map((a) => a.id)),
  intro: z.object({ sv: multiLine(1000), en: multiLine(1000).optional() }).default({ sv: "" }),
}) satisfies z.ZodType<Required<NeedsRoundInput>>;

export type NeedsRoundFields = z.infer<typeof needsRoundInputSchema>;

/** A deadline whose day has already ended is refused: nobody could answer. */
export const deadlineGoneMessage: Bilingual = {
  sv: "sista svarsdagen har redan varit; välj i dag eller en senare dag",
  en: "the last day to answer has already passed; choose today or a later day",
};

const needSchema = z.object({
  area: z.enum(ids(EDUCATION_AREAS)),
  audience: z.enum(ids(NEEDS_AUDIENCES)),
  format: z.enum(ids(COURSE_FORMATS)),
  participants: z
    .number()
    .refine((n) => Number.isInteger(n) && n >= 1 && n <= MAX_NEED_PARTICIPANTS, said({ sv: `ett helt antal från 1 till ${MAX_NEED_PARTICIPANTS}`, en: `a whole number from 1 to ${MAX_NEED_PARTICIPANTS}` })),
  note: multiLine(500).optional(),
});

export const needsAnswerInputSchema = z.object({
  needs: z
    .array(needSchema)
    .refine((list) => list.length <= MAX_NEEDS_PER_ANSWER, said({ sv: `högst ${MAX_NEEDS_PER_ANSWER} behov per svar`, en: `at most ${MAX_NEEDS_PER_ANSWER} needs per answer` }))
    .superRefine(
      unique((need) => `${need.area}/${need.audience}`, {
        sv: "samma område och målgrupp finns redan; slå ihop dem till ett behov",
        en: "the same area and audience is already listed; merge them into one need",
      }),
    ),
  comment: multiLine(2000).optional(),
  version: z.number().int().min(0),
}) satisfies z.ZodType<NeedsAnswerInput, NeedsAnswerInput>;

/** Field errors of needs in areas the round does not ask about (the form offers only its areas). */
export function areaProblems(needs: readonly { area: EducationAreaId }[], roundAreas: readonly EducationAreaId[]): { field: string; text: Bilingual }[] {
  return needs.flatMap((need, i) =>
    roundAreas.includes(need.area)
      ? []
      : [{ field: `needs.${i}.area`, text: { sv: "området ingår inte i den här inventeringen", en: "the area is not part of this round" } }],
  );
}
