// A delivery's activity id is derived from the announcement and the recipient, so every
// attempt of one delivery, by any worker and after any crash, sends the same id. A connector
// that de-duplicates on it (the local stand-in does) then shows the card once however often
// the send is repeated. Teams does not document such de-duplication: see docs/decisions.
import { createHash } from "node:crypto";

export function deliveryActivityId(announcementId: string, conversationId: string): string {
  const digest = createHash("sha256").update(`${announcementId}\n${conversationId}`).digest("base64url");
  return `cw-${digest.slice(0, 32)}`;
}
