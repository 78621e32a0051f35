// Cards of the conversation itself: welcome, help and the subscriptions list.
import type { ConversationKind, Lang } from "../conversations.js";
import { messages } from "../i18n/messages.js";
import { card, facts, text, title, type AdaptiveCard } from "./adaptiveCard.js";

export function welcomeCard(kind: ConversationKind, name: string, lang: Lang): AdaptiveCard {
  const m = messages[lang];
  return card([title(m.welcomeTitle), text(kind === "personal" ? m.welcomePersonal(name) : m.welcomeChannel), ...helpCard(lang).body]);
}

export function helpCard(lang: Lang): AdaptiveCard {
  const m = messages[lang];
  return card([title(m.helpTitle), facts(m.helpLines)]);
}

export function subscriptionsCard(labels: string[], lang: Lang): AdaptiveCard {
  const m = messages[lang];
  return card([title(m.subscriptionsTitle), text(labels.length ? labels.map((l) => `- ${l}`).join("\n") : m.noSubscriptions)]);
}
