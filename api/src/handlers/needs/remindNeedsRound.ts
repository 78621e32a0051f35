// POST /api/needs/rounds/{id}/remind (coordinators): the card again to the recipients of the
// members that have not answered. The round's remindedAt and the bot's "needs-reminder" record
// (with those members) are written in one transaction. A second reminder within a few minutes is
// refused (two coordinators clicking at once would otherwise send everything twice).
import { parseStockholmTime, toStockholmIso } from "@campus-westum/bot/stockholmClock";
import type { NeedsReminderResult } from "../../contract/index.js";
import { roundStatus } from "../../domain/needs/needsRound.js";
import { problems } from "../../http/problem.js";
import { json, type Handler } from "../../http/route.js";
import { newNeedsEventId } from "../../store/needsEvents.js";
import { withOptimisticRetry } from "../../store/optimisticRetry.js";
import { loadRound, recipientsOf } from "./needsRoundAccess.js";
import { roundClosed } from "./sendNeedsRound.js";

const REMINDER_PAUSE_MS = 10 * 60_000;

export const remindNeedsRound: Handler<"coordinator"> = async ({ request, services, caller }) => {
  const result = await withOptimisticRetry(async (): Promise<NeedsReminderResult> => {
    const stored = await loadRound(services, request, caller);
    const nowMs = services.now();
    const status = roundStatus(stored.record, nowMs);
    if (status === "closed") throw roundClosed();
    if (status === "draft") {
      throw problems.conflict("round-not-sent", { sv: "Inte skickad", en: "Not sent" }, {
        sv: "Inventeringen är inte skickad än. Skicka den först; påminnelsen går till dem som inte svarat.",
        en: "The round has not been sent yet. Send it first; the reminder goes to those who have not answered.",
      });
    }
    const last = stored.record.remindedAt ? parseStockholmTime(stored.record.remindedAt) : undefined;
    if (last?.ok && nowMs - last.epochMs < REMINDER_PAUSE_MS) {
      throw problems.conflict("recently-reminded", { sv: "Nyss påmint", en: "Reminded just now" }, {
        sv: `En påminnelse skickades ${stored.record.remindedAt!.slice(11, 16)}. Vänta tio minuter innan nästa.`,
        en: `A reminder was sent at ${stored.record.remindedAt!.slice(11, 16)}. Wait ten minutes before the next.`,
      });
    }
    const answered = new Set((await services.needs.listAnswerRecords(stored.record.id)).filter((a) => a.version > 0).map((a) => a.memberId));
    const waiting = [...(await recipientsOf(services, stored.record))].filter(([memberId]) => !answered.has(memberId));
    if (waiting.length === 0) return { members: 0, people: 0 };
    const at = toStockholmIso(nowMs);
    const memberIds = waiting.map(([memberId]) => memberId);
    await services.needs.replaceRound(stored, { ...stored.record, remindedAt: at }, [{ type: "needs-reminder", id: newNeedsEventId(nowMs), roundId: stored.record.id, at, memberIds }]);
    return { members: waiting.length, people: waiting.reduce((sum, [, people]) => sum + people, 0) };
  });
  return json(result);
};
