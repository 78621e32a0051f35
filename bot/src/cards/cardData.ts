// The data of the cards' Action.Execute buttons, validated when an invoke brings it back
// (anyone can craft an invoke; nothing in it is trusted before this).
import * as z from "zod";

/** The id of the member choice in the card that asks which member she belongs to. */
export const MEMBER_INPUT = "memberId";
/** Teams merges the card's inputs into the action's data: the member chosen, when the card asked. */
export const registerData = z.object({ courseId: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/), [MEMBER_INPUT]: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/).optional() });
export const rsvpData = z.object({
  seriesId: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/),
  start: z.iso.datetime({ offset: true }),
  answer: z.enum(["yes", "no"]),
});
/** The fika invitation's refresh: which occurrence to show. */
export const fikaViewData = rsvpData.omit({ answer: true });

export const cardAction = z.object({
  action: z.object({ type: z.literal("Action.Execute"), verb: z.string(), data: z.record(z.string(), z.unknown()).default({}) }),
  trigger: z.string().optional(),
});
