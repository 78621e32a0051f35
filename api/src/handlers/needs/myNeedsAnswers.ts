// GET /api/needs/rounds/{id}/answers/mine: the answers of the members the caller is a contact of
// (her token's e-mail among their contacts in the directory, decision 0013), an empty answer for a
// member that has none yet. Staff never see other members' answers; a draft is not found to them.
import type { MyNeedsAnswers } from "../../contract/index.js";
import { emptyAnswer, toNeedsAnswer } from "../../domain/needs/needsAnswer.js";
import { compareSwedish } from "../../domain/normalize.js";
import { json, type Handler } from "../../http/route.js";
import { loadRound, roundViewOf } from "./needsRoundAccess.js";

export const myNeedsAnswers: Handler<"user"> = async ({ request, services, caller, lang }) => {
  const stored = await loadRound(services, request, caller);
  const email = caller.email.trim().toLowerCase();
  const members = email
    ? (await services.directory.current())
        .all()
        .filter((m) => m.contacts.some((c) => c.email.trim().toLowerCase() === email))
        .sort((a, b) => compareSwedish(a.name, b.name))
    : [];
  const answers = await Promise.all(
    members.map(async (member) => toNeedsAnswer((await services.needs.getAnswer(stored.record.id, member.id))?.record ?? emptyAnswer(stored.record.id, member), lang)),
  );
  const body: MyNeedsAnswers = { round: await roundViewOf(services, stored.record), answers };
  return json(body);
};
