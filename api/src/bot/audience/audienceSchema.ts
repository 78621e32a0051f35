// The zod form of a coordinator's audience choice (contract/audience.ts), checked whole before
// it is stored or counted.
import * as z from "zod";
import { EDUCATION_AREAS, MAX_AUDIENCE_CHOICES, SUB_REGIONS, type Audience } from "../../contract/index.js";

const some = <T extends z.ZodType>(item: T) => z.array(item).min(1).max(MAX_AUDIENCE_CHOICES);
const ids = <const T extends readonly { id: string }[]>(list: T) => z.enum(list.map((x) => x.id) as [T[number]["id"], ...T[number]["id"][]]);

export const audienceSchema: z.ZodType<Audience> = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("subscribers") }),
  z.object({ kind: z.literal("members"), memberIds: some(z.string().min(1).max(200)) }),
  z.object({ kind: z.literal("subRegions"), subRegions: some(ids(SUB_REGIONS)) }),
  z.object({ kind: z.literal("areas"), areas: some(ids(EDUCATION_AREAS)) }),
  z.object({ kind: z.literal("channel"), conversationId: z.string().min(1).max(400) }),
]);

export const reachRequestSchema = z.discriminatedUnion("event", [
  z.object({ audience: audienceSchema, courseId: z.string().min(1).max(200), event: z.enum(["publish", "change", "cancel"]) }),
  z.object({ audience: audienceSchema, event: z.literal("fika") }),
]);
