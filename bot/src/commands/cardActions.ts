// Universal Actions (Action.Execute): the invoke "adaptiveCard/action" carries the verb and the
// button's data; the answer is the card that replaces the one clicked (refresh in place). Teams
// also sends it by itself to run a card's refresh action ("trigger": "automatic", when someone
// opens the chat) or from the message menu's "Refresh card" ("manual"): those carry the refresh
// verb, and an automatic invoke is never taken as a person's decision.
import { cardAction, fikaViewData, registerData, rsvpData } from "../cards/cardData.js";
import { FIKA_VIEW_VERB } from "../cards/fikaCards.js";
import { trainingAnnouncementCard, whichMemberCard } from "../cards/courseCards.js";
import { ADAPTIVE_CARD } from "../connector/activity.js";
import type { InvokeResponse, Turn } from "../turn/turn.js";
import { NEEDS_SAVE_VERB, NEEDS_VIEW_VERB } from "../cards/needsCards.js";
import { fikaRsvp, fikaView } from "./fikaActions.js";
import { needsSave, needsView } from "./needsActions.js";
import { needsSaveData, needsViewData } from "./needsDraft.js";

const cardResponse = (card: unknown): InvokeResponse => ({ status: 200, body: { statusCode: 200, type: ADAPTIVE_CARD, value: card } });
const errorResponse = (statusCode: number, message: string): InvokeResponse => ({
  status: 200,
  body: { statusCode, type: "application/vnd.microsoft.error", value: { code: statusCode === 404 ? "NotFound" : "BadRequest", message } },
});

export async function handleCardAction(turn: Turn): Promise<InvokeResponse> {
  const parsed = cardAction.safeParse(turn.activity.value);
  if (!parsed.success) return errorResponse(400, "not an Action.Execute invoke");
  const { verb, data } = parsed.data.action;
  const { ports, lang } = turn;
  if (parsed.data.trigger === "automatic" && verb !== FIKA_VIEW_VERB && verb !== NEEDS_VIEW_VERB) return errorResponse(400, "an automatic invoke only refreshes a card");
  if (verb === NEEDS_VIEW_VERB) {
    const input = needsViewData.safeParse(data);
    if (!input.success) return errorResponse(400, "invalid needs view data");
    return cardResponse(await needsView(turn, ports.needs, input.data));
  }
  if (verb === NEEDS_SAVE_VERB) {
    const input = needsSaveData.safeParse(data);
    if (!input.success) return errorResponse(400, "invalid needs answer data");
    return cardResponse(await needsSave(turn, ports.needs, input.data));
  }
  if (verb === FIKA_VIEW_VERB) {
    const input = fikaViewData.safeParse(data);
    if (!input.success) return errorResponse(400, "invalid fika view data");
    return cardResponse(await fikaView(turn, input.data));
  }
  if (verb === "register") {
    const input = registerData.safeParse(data);
    if (!input.success) return errorResponse(400, "invalid register data");
    const result = await ports.catalogue.register(input.data.courseId, await turn.user(), input.data.memberId);
    const course = await ports.catalogue.course(input.data.courseId);
    if (!course) return errorResponse(404, "course not found");
    const calendarUrl = ports.catalogue.calendarUrl(course.id);
    // The directory does not know her member: the card asks her instead of refusing.
    if (!result.ok && result.reason === "member-unknown") return cardResponse(whichMemberCard(course, await ports.catalogue.members(), lang, calendarUrl));
    return cardResponse(trainingAnnouncementCard(course, lang, calendarUrl, result));
  }
  if (verb === "rsvp") {
    const input = rsvpData.safeParse(data);
    if (!input.success) return errorResponse(400, "invalid rsvp data");
    return cardResponse(await fikaRsvp(turn, input.data));
  }
  return errorResponse(400, `unknown verb ${verb}`);
}
