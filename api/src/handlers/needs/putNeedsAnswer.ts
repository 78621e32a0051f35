// PUT /api/needs/rounds/{id}/answers/{memberId}: the tab's save of a member's answer, by a contact
// of that member or a coordinator; the rules are saveNeedsAnswer's, shared with the bot's card.
import { needsAnswerInputSchema } from "../../domain/needs/needsSchemas.js";
import { invalidFields, parseBody } from "../../http/body.js";
import { ProblemError, problems } from "../../http/problem.js";
import { json, type Handler } from "../../http/route.js";
import { roundIdOf, roundNotFound } from "./needsRoundAccess.js";
import { saveNeedsAnswer } from "./saveNeedsAnswer.js";

export const putNeedsAnswer: Handler<"user"> = async ({ request, services, caller, lang }) => {
  const roundId = roundIdOf(request);
  const memberId = (request.params.memberId ?? "").slice(0, 100);
  const input = await parseBody(request, needsAnswerInputSchema, lang);
  const result = await saveNeedsAnswer(services, {
    roundId,
    memberId,
    input,
    by: { name: caller.name, email: caller.email, coordinator: caller.role === "coordinator" },
    via: "tab",
    lang,
    now: services.now(),
  });
  if (result.ok) return json(result.answer);
  switch (result.reason) {
    case "not-found":
      if (result.what === "round") throw roundNotFound(roundId);
      throw problems.notFound({ sv: "Medlemmen finns inte i medlemskatalogen.", en: "The member is not in the member directory." });
    case "not-your-member":
      throw new ProblemError(403, "not-your-member", { sv: "Inte din medlem", en: "Not your member" }, {
        sv: "Du är inte kontaktperson för den medlemmen och kan därför inte svara för den. Be en samordnare om hjälp om det är fel.",
        en: "You are not a contact of that member, so you cannot answer for it. Ask a coordinator if this is wrong.",
      });
    case "round-closed":
      throw problems.conflict("round-closed", { sv: "Inventeringen är stängd", en: "The round is closed" }, {
        sv: result.round.sentAt
          ? `Sista svarsdagen var ${result.round.deadline}; svaret sparades inte. Kontakta en samordnare om ni behöver lämna svar ändå.`
          : "Inventeringen är inte skickad än, så den tar inte emot svar.",
        en: result.round.sentAt
          ? `The last day to answer was ${result.round.deadline}; the answer was not saved. Contact a coordinator if you still need to answer.`
          : "The round has not been sent yet, so it takes no answers.",
      });
    case "invalid-input":
      throw invalidFields(result.errors);
    case "answer-changed":
      throw problems.conflict("answer-changed", { sv: "Svaret har ändrats", en: "The answer has changed" }, {
        sv: `Någon annan sparade medlemmens svar under tiden (version ${result.current.version}). Ditt svar sparades inte; hämta det nya och gör dina ändringar där.`,
        en: `Someone else saved the member's answer meanwhile (version ${result.current.version}). Yours was not saved; load the new one and make your changes there.`,
      });
  }
};
