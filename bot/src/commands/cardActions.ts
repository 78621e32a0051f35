// Universal Actions (Action.Execute): the invoke "adaptiveCard/action" carries the verb and the
// button's data; the answer is the card that replaces the one clicked (refresh in place).
import { cardAction, registerData, rsvpData } from "../cards/cardData.js";
import { fikaInvitationCard } from "../cards/fikaCards.js";
import { trainingAnnouncementCard } from "../cards/courseCards.js";
import { ADAPTIVE_CARD } from "../connector/activity.js";
import type { InvokeResponse, Turn } from "../turn/turn.js";

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
  if (verb === "register") {
    const input = registerData.safeParse(data);
    if (!input.success) return errorResponse(400, "invalid register data");
    const result = await ports.catalogue.register(input.data.courseId, await turn.user());
    const course = await ports.catalogue.course(input.data.courseId);
    if (!course) return errorResponse(404, "course not found");
    return cardResponse(trainingAnnouncementCard(course, lang, ports.catalogue.calendarUrl(course.id), result));
  }
  if (verb === "rsvp") {
    const input = rsvpData.safeParse(data);
    if (!input.success) return errorResponse(400, "invalid rsvp data");
    const { seriesId, start, answer } = input.data;
    const fika = await ports.fika.occurrence(seriesId, start);
    if (!fika) return errorResponse(404, "fika not found");
    const counts = await ports.fika.rsvp(seriesId, start, await turn.user(), answer);
    return cardResponse(fikaInvitationCard(fika, counts, lang, answer));
  }
  return errorResponse(400, `unknown verb ${verb}`);
}
