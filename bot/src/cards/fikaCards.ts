// Cards of the digital fika: the invitation with RSVP buttons (the card is replaced in place
// with the counts and the person's answer), the reminder on the day, and the pairing card.
// The invitation carries a refresh action (Universal Actions): Teams runs it when someone sees
// the card, so every copy (other personal chats, a channel's or group chat's card) shows the
// current counts and the viewer's own answer, not those of the day it was sent.
import type { Lang } from "../conversations.js";
import { formatWhen } from "../i18n/format.js";
import { messages } from "../i18n/messages.js";
import type { FikaOccurrence, RsvpAnswer, RsvpCounts } from "../ports.js";
import { card, execute, openUrl, teamsChatLink, text, title, type Action, type AdaptiveCard } from "./adaptiveCard.js";

/** The verb of the invitation's refresh: it only reads, it never answers for anyone. */
export const FIKA_VIEW_VERB = "fikaView";

/** Teams refreshes a card automatically for at most 60 listed users of a group chat or channel. */
export const MAX_AUTO_REFRESH_USERS = 60;

export interface CardRefresh {
  action: Action;
  userIds?: string[];
}

export type RefreshingCard = AdaptiveCard & { refresh: CardRefresh };

/**
 * The invitation as one viewer sees it. `autoRefreshFor` lists user ids (Teams MRIs) whose copy
 * Teams refreshes automatically even in a chat or channel of more than 60 members. None listed:
 * Teams refreshes for everyone in a personal chat or a chat of at most 60 members, and offers
 * "Refresh card" in the message menu in larger ones. An empty list would turn automatic refresh
 * off, so the card then carries no list at all.
 */
export function fikaInvitationCard(fika: FikaOccurrence, counts: RsvpCounts, lang: Lang, myAnswer?: RsvpAnswer, autoRefreshFor: string[] = []): RefreshingCard {
  const m = messages[lang];
  const occurrence = { seriesId: fika.seriesId, start: fika.start };
  const rsvp = (answer: RsvpAnswer, label: string) => execute(label, "rsvp", { ...occurrence, answer }, answer === "yes" ? "positive" : undefined);
  const userIds = [...new Set(autoRefreshFor)].slice(0, MAX_AUTO_REFRESH_USERS);
  return {
    ...card(
      [title(m.fikaTitle(fika.title)), text(m.fikaWhen(formatWhen(fika.start, lang))), text(m.rsvpCounts(counts.yes, counts.no), { subtle: true }), ...(myAnswer ? [text(m.rsvpMine[myAnswer], { color: "Good" })] : [])],
      [rsvp("yes", m.rsvpYes), rsvp("no", m.rsvpNo), openUrl(m.join, fika.joinUrl)],
    ),
    refresh: { action: execute(m.refreshCard, FIKA_VIEW_VERB, occurrence), ...(userIds.length ? { userIds } : {}) },
  };
}

/** What an invitation turns into once its fika is over: no buttons and no refresh, so Teams stops asking. */
export function fikaOverCard(fika: FikaOccurrence, lang: Lang): AdaptiveCard {
  const m = messages[lang];
  return card([title(m.fikaTitle(fika.title)), text(m.fikaOver(formatWhen(fika.start, lang)), { subtle: true })]);
}

/** What an invitation turns into when its fika is no longer planned (series paused, time changed). */
export function fikaGoneCard(lang: Lang): AdaptiveCard {
  const m = messages[lang];
  return card([title(m.fikaGoneTitle), text(m.fikaGone, { subtle: true })]);
}

export function fikaReminderCard(fika: FikaOccurrence, lang: Lang): AdaptiveCard {
  const m = messages[lang];
  return card([text(m.fikaReminder, { subtle: true }), title(fika.title), text(m.fikaWhen(formatWhen(fika.start, lang)))], [openUrl(m.join, fika.joinUrl)]);
}

/** The card each member of a fika pair (or trio) gets, with a deep link to a group chat of them. */
export function fikaPairCard(partners: { name: string; email: string }[], lang: Lang): AdaptiveCard {
  const m = messages[lang];
  const chat = teamsChatLink(partners.map((p) => p.email));
  return card([title(m.pairTitle), text(m.pairText(partners.map((p) => p.name).join(", ")))], [openUrl(m.openChat, chat)]);
}
