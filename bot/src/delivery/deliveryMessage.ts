// One queue message per recipient of an announcement. Short property names: 50,000 of these
// go through the queue per announcement. Validated whenever one is read from the queue.
import * as z from "zod";

/** A person as Graph names her: her Entra object id, or her user principal name. */
export const PERSON_ID = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[^@\s/]{1,100}@[^@\s/]{1,150})$/i;

export const deliveryMessageSchema = z.object({
  /** Announcement id. */
  a: z.string().regex(/^[A-Za-z0-9_-]{1,200}$/),
  /** Conversation id (personal chat, channel or group chat). */
  c: z.string().min(1).max(400),
  /** The Bot Connector service URL the conversation reference carries. */
  s: z.url(),
  /** The recipient's language. */
  l: z.enum(["sv", "en"]),
  /**
   * Set for a person with no conversation with the bot yet: her Entra object id, or her user
   * principal name (a directory contact's e-mail; Graph takes either). `c` is then
   * `user:` and that id (the ledger's key), and the worker installs the app for her first
   * (docs/decisions/0016).
   */
  u: z.string().regex(PERSON_ID).optional(),
});

/** The ledger key of a delivery to a person reached through proactive installation. */
export const userDeliveryKey = (userId: string) => `user:${userId.toLowerCase()}`;

export type DeliveryMessage = z.infer<typeof deliveryMessageSchema>;
