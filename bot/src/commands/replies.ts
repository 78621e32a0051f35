// Replies: a card or a text, with suggested actions (quick replies) in the reader's language.
import { cardActivity, type BotActivity } from "../connector/activity.js";
import type { Lang } from "../conversations.js";
import { messages } from "../i18n/messages.js";
import type { AdaptiveCard } from "../cards/adaptiveCard.js";

export function suggestions(lang: Lang): BotActivity["suggestedActions"] {
  const s = messages[lang].suggestions;
  return { actions: [s.trainings, s.mine, s.fika, s.subscribe, s.help].map((value) => ({ type: "imBack" as const, title: value, value })) };
}

export const cardReply = (card: AdaptiveCard, lang: Lang, withSuggestions = false): BotActivity => ({
  ...cardActivity(card),
  ...(withSuggestions ? { suggestedActions: suggestions(lang) } : {}),
});

export const textReply = (text: string, lang: Lang, withSuggestions = false): BotActivity => ({
  type: "message",
  text,
  ...(withSuggestions ? { suggestedActions: suggestions(lang) } : {}),
});
