// One queue message per recipient of an announcement. Short property names: 50,000 of these
// go through the queue per announcement. Validated whenever one is read from the queue.
import * as z from "zod";

export const deliveryMessageSchema = z.object({
  /** Announcement id. */
  a: z.string().regex(/^[A-Za-z0-9_-]{1,200}$/),
  /** Conversation id (personal chat, channel or group chat). */
  c: z.string().min(1).max(400),
  /** The Bot Connector service URL the conversation reference carries. */
  s: z.url(),
  /** The recipient's language. */
  l: z.enum(["sv", "en"]),
});

export type DeliveryMessage = z.infer<typeof deliveryMessageSchema>;
