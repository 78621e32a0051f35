// Cards of the digital fika: the invitation with RSVP buttons (the card is replaced in place
// with the counts and the person's answer), the reminder on the day, and the pairing card.
import type { Lang } from "../conversations.js";
import { formatWhen } from "../i18n/format.js";
import { messages } from "../i18n/messages.js";
import type { FikaOccurrence, RsvpAnswer, RsvpCounts } from "../ports.js";
import { card, execute, openUrl, text, title, type AdaptiveCard } from "./adaptiveCard.js";

export function fikaInvitationCard(fika: FikaOccurrence, counts: RsvpCounts, lang: Lang, myAnswer?: RsvpAnswer): AdaptiveCard {
  const m = messages[lang];
  const rsvp = (answer: RsvpAnswer, label: string) => execute(label, "rsvp", { seriesId: fika.seriesId, start: fika.start, answer }, answer === "yes" ? "positive" : undefined);
  return card(
    [title(m.fikaTitle(fika.title)), text(m.fikaWhen(formatWhen(fika.start, lang))), text(m.rsvpCounts(counts.yes, counts.no), { subtle: true }), ...(myAnswer ? [text(m.rsvpMine[myAnswer], { color: "Good" })] : [])],
    [rsvp("yes", m.rsvpYes), rsvp("no", m.rsvpNo), openUrl(m.join, fika.joinUrl)],
  );
}

export function fikaReminderCard(fika: FikaOccurrence, lang: Lang): AdaptiveCard {
  const m = messages[lang];
  return card([text(m.fikaReminder, { subtle: true }), title(fika.title), text(m.fikaWhen(formatWhen(fika.start, lang)))], [openUrl(m.join, fika.joinUrl)]);
}

/** The card each member of a fika pair (or trio) gets, with a deep link to a group chat of them. */
export function fikaPairCard(partners: { name: string; email: string }[], lang: Lang): AdaptiveCard {
  const m = messages[lang];
  const chat = `https://teams.microsoft.com/l/chat/0/0?users=${partners.map((p) => encodeURIComponent(p.email)).join(",")}`;
  return card([title(m.pairTitle), text(m.pairText(partners.map((p) => p.name).join(", ")))], [openUrl(m.openChat, chat)]);
}
