// The coordinators' needs rounds (issue 13): list them, set one up (a draft), change it. Once a
// round is sent its question is fixed (the cards are out): only the deadline and the reminder may
// change then, so an answer never responds to a form it was not given. A new or moved deadline
// must not be a day that has already ended. Staff list the sent rounds only.
import { randomBytes } from "node:crypto";
import { toStockholmIso } from "@campus-westum/bot/stockholmClock";
import { MAX_NEEDS_ROUNDS, type NeedsRoundList } from "../../contract/index.js";
import { deadlinePassed, type NeedsRoundRecord } from "../../domain/needs/needsRound.js";
import { deadlineGoneMessage, needsRoundInputSchema, type NeedsRoundFields } from "../../domain/needs/needsSchemas.js";
import { invalidFields, parseBody } from "../../http/body.js";
import type { Lang } from "../../http/language.js";
import { problems } from "../../http/problem.js";
import { json, type Handler } from "../../http/route.js";
import { isWriteConflict } from "../../store/optimisticRetry.js";
import { loadRound, roundView, roundViewOf } from "./needsRoundAccess.js";

/** The fields a sent round keeps: everything but the deadline and the reminder. */
const FIXED_ONCE_SENT = ["title", "period", "recipientRoles", "areas", "intro"] as const;

function refusePassedDeadline(deadline: string, nowMs: number, lang: Lang): void {
  if (deadlinePassed(deadline, nowMs)) throw invalidFields([{ field: "deadline", message: deadlineGoneMessage[lang] }]);
}

export const roundChanged = () =>
  problems.conflict("round-changed", { sv: "Inventeringen ändrades samtidigt", en: "The round changed meanwhile" }, {
    sv: "Någon annan ändrade behovsinventeringen medan du arbetade. Öppna den igen och gör din ändring på nytt.",
    en: "Someone else changed the needs round while you worked. Open it again and make your change once more.",
  });

export const listNeedsRounds: Handler<"user"> = async ({ services, caller }) => {
  const [records, answered] = await Promise.all([services.needs.listRounds(), services.needs.answeredMembers()]);
  const visible = caller.role === "coordinator" ? records : records.filter((r) => r.sentAt);
  const list: NeedsRoundList = { rounds: await Promise.all(visible.map((r) => roundView(services, r, answered.get(r.id) ?? []))) };
  return json(list);
};

export const createNeedsRound: Handler<"coordinator"> = async ({ request, services, lang }) => {
  const input = await parseBody(request, needsRoundInputSchema, lang);
  const nowMs = services.now();
  refusePassedDeadline(input.deadline, nowMs, lang);
  if ((await services.needs.listRounds()).length >= MAX_NEEDS_ROUNDS) {
    throw problems.conflict("too-many-rounds", { sv: "För många inventeringar", en: "Too many rounds" }, {
      sv: `Det finns redan ${MAX_NEEDS_ROUNDS} behovsinventeringar. Ändra ett utkast i stället för att skapa en ny.`,
      en: `There are already ${MAX_NEEDS_ROUNDS} needs rounds. Change a draft instead of creating another.`,
    });
  }
  const record: NeedsRoundRecord = { id: `needs-${randomBytes(4).toString("hex")}`, ...input, updatedAt: toStockholmIso(nowMs) };
  await services.needs.createRound(record);
  return json(await roundView(services, record, []), 201);
};

export const updateNeedsRound: Handler<"coordinator"> = async ({ request, services, caller, lang }) => {
  const stored = await loadRound(services, request, caller);
  const input = await parseBody(request, needsRoundInputSchema, lang);
  const nowMs = services.now();
  if (input.deadline !== stored.record.deadline) refusePassedDeadline(input.deadline, nowMs, lang);
  if (stored.record.sentAt) refuseChangingTheQuestion(stored.record, input);
  const next: NeedsRoundRecord = { ...stored.record, ...input, updatedAt: toStockholmIso(nowMs) };
  try {
    await services.needs.replaceRound(stored, next);
  } catch (error) {
    if (isWriteConflict(error)) throw roundChanged();
    throw error;
  }
  return json(await roundViewOf(services, next));
};

function refuseChangingTheQuestion(sent: NeedsRoundRecord, input: NeedsRoundFields): void {
  const changed = FIXED_ONCE_SENT.filter((field) => JSON.stringify(sent[field]) !== JSON.stringify(input[field]));
  if (changed.length === 0) return;
  throw problems.conflict("round-sent", { sv: "Inventeringen är skickad", en: "The round has been sent" }, {
    sv: `Frågan är redan skickad till medlemmarna, så den kan inte ändras (${changed.join(", ")}). Bara sista svarsdag och påminnelse kan ändras nu.`,
    en: `The question has already been sent to the members, so it cannot change (${changed.join(", ")}). Only the deadline and the reminder can change now.`,
  });
}
