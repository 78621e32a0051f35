// POST /api/needs/rounds/{id}/send (coordinators): sends the round. The round's sentAt and the
// bot's "needs-round-sent" record are written in one transaction (store/needsEvents.ts), so the
// cards go out exactly when the round is sent. Sending a sent round again changes nothing and
// writes no second record (a double click sends once). 409 round-closed after the deadline day,
// 409 no-recipients when no member has a contact in the chosen roles.
import { toStockholmIso } from "@campus-westum/bot/stockholmClock";
import { deadlinePassed } from "../../domain/needs/needsRound.js";
import { problems } from "../../http/problem.js";
import { json, type Handler } from "../../http/route.js";
import { newNeedsEventId } from "../../store/needsEvents.js";
import { withOptimisticRetry } from "../../store/optimisticRetry.js";
import { loadRound, recipientsOf, roundViewOf } from "./needsRoundAccess.js";

export const roundClosed = () =>
  problems.conflict("round-closed", { sv: "Inventeringen är stängd", en: "The round is closed" }, {
    sv: "Sista svarsdagen har passerat. Flytta fram sista svarsdag om fler ska kunna svara.",
    en: "The last day to answer has passed. Move the deadline if more members are to answer.",
  });

export const sendNeedsRound: Handler<"coordinator"> = async ({ request, services, caller }) => {
  const record = await withOptimisticRetry(async () => {
    const stored = await loadRound(services, request, caller);
    if (stored.record.sentAt) return stored.record;
    const nowMs = services.now();
    if (deadlinePassed(stored.record.deadline, nowMs)) throw roundClosed();
    if ((await recipientsOf(services, stored.record)).size === 0) {
      throw problems.conflict("no-recipients", { sv: "Ingen att skicka till", en: "Nobody to send to" }, {
        sv: "Ingen medlem har en kontaktperson med e-post i de valda rollerna. Välj fler roller och skicka igen.",
        en: "No member has a contact with an e-mail in the chosen roles. Choose more roles and send again.",
      });
    }
    const at = toStockholmIso(nowMs);
    const next = { ...stored.record, sentAt: at, updatedAt: at };
    await services.needs.replaceRound(stored, next, [{ type: "needs-round-sent", id: newNeedsEventId(nowMs), roundId: next.id, at }]);
    return next;
  });
  return json(await roundViewOf(services, record));
};
