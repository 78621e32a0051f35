// The incoming activity, the fields the bot reads, validated at the edge (the adapter parses
// every activity with this before any route sees it). Unknown fields pass through untouched.
import * as z from "zod";

const account = z.looseObject({ id: z.string(), name: z.string().optional(), aadObjectId: z.string().optional() });

export const incomingSchema = z.looseObject({
  type: z.string(),
  name: z.string().optional(),
  text: z.string().optional(),
  value: z.unknown().optional(),
  action: z.string().optional(),
  locale: z.string().optional(),
  serviceUrl: z.string(),
  from: account,
  recipient: account,
  conversation: z.looseObject({ id: z.string(), conversationType: z.string().optional(), tenantId: z.string().optional(), name: z.string().optional() }),
  membersAdded: z.array(account).optional(),
  membersRemoved: z.array(account).optional(),
  channelData: z
    .looseObject({
      eventType: z.string().optional(),
      team: z.looseObject({ id: z.string(), name: z.string().optional() }).optional(),
      channel: z.looseObject({ id: z.string(), name: z.string().optional() }).optional(),
      tenant: z.looseObject({ id: z.string() }).optional(),
    })
    .optional(),
});

export type Incoming = z.infer<typeof incomingSchema>;

/** Where proactive messages for this activity's conversation go: a channel's id, not the thread's. */
export function conversationIdOf(activity: Incoming): string {
  return activity.channelData?.channel?.id ?? activity.conversation.id.split(";messageid=")[0]!;
}

export function kindOf(activity: Incoming): "personal" | "channel" | "groupChat" {
  const type = activity.conversation.conversationType;
  if (type === "channel" || activity.channelData?.channel) return "channel";
  if (type === "groupChat") return "groupChat";
  return "personal";
}

export const langOfLocale = (locale: string | undefined, fallback: "sv" | "en"): "sv" | "en" =>
  locale?.toLowerCase().startsWith("en") ? "en" : locale?.toLowerCase().startsWith("sv") ? "sv" : fallback;
