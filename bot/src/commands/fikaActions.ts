// The fika invitation's two invokes: an RSVP (a person pressed a button) records their answer; a
// view (the card's refresh, which Teams runs when someone sees the card) only reads. Both answer
// with the card as this viewer should see it now: today's counts and their own answer, in the
// conversation's language. A fika that is over, or no longer planned, answers a card saying so.
import type { z } from "zod";
import type { fikaViewData, rsvpData } from "../cards/cardData.js";
import { fikaGoneCard, fikaInvitationCard, fikaOverCard } from "../cards/fikaCards.js";
import type { AdaptiveCard } from "../cards/adaptiveCard.js";
import type { FikaOccurrence } from "../ports.js";
import type { Turn } from "../turn/turn.js";

const MINUTE = 60_000;

const isOver = (fika: FikaOccurrence, nowMs: number) => Date.parse(fika.start) + fika.durationMinutes * MINUTE <= nowMs;

/** The id answers are kept under; Teams sends the AAD object id with every invoke, so no roster look-up is needed then. */
const viewerId = async (turn: Turn) => turn.activity.from.aadObjectId ?? (await turn.user()).id;

/**
 * The answer card reaches only the viewer's client. In a group chat or channel it lists the viewer
 * for automatic refresh, so their copy stays current even where Teams would refresh nobody
 * automatically (more than 60 members). A personal chat has one member: Teams refreshes it anyway.
 */
const autoRefreshFor = (turn: Turn) => (turn.conversation.kind === "personal" ? [] : [turn.activity.from.id]);

type Occurrence = z.infer<typeof fikaViewData>;

/** The occurrence, or the card to answer instead when there is nothing to answer about any more. */
async function current(turn: Turn, { seriesId, start }: Occurrence): Promise<FikaOccurrence | AdaptiveCard> {
  const fika = await turn.ports.fika.occurrence(seriesId, start);
  if (!fika) return fikaGoneCard(turn.lang);
  if (isOver(fika, turn.ports.now())) return fikaOverCard(fika, turn.lang);
  return fika;
}

const isCard = (found: FikaOccurrence | AdaptiveCard): found is AdaptiveCard => "type" in found;

export async function fikaView(turn: Turn, occurrence: Occurrence): Promise<AdaptiveCard> {
  const found = await current(turn, occurrence);
  if (isCard(found)) return found;
  const personId = await viewerId(turn);
  const [counts, mine] = await Promise.all([turn.ports.fika.counts(found.seriesId, found.start), turn.ports.fika.answerOf(found.seriesId, found.start, personId)]);
  return fikaInvitationCard(found, counts, turn.lang, mine, autoRefreshFor(turn));
}

export async function fikaRsvp(turn: Turn, { answer, ...occurrence }: z.infer<typeof rsvpData>): Promise<AdaptiveCard> {
  const found = await current(turn, occurrence);
  if (isCard(found)) return found;
  const counts = await turn.ports.fika.rsvp(found.seriesId, found.start, await turn.user(), answer);
  return fikaInvitationCard(found, counts, turn.lang, answer, autoRefreshFor(turn));
}
