// What each command does. Replies come in the conversation's language; a subscription made
// in a channel is the channel's (the conversation record is the channel's).
import { fikaInvitationCard } from "../cards/fikaCards.js";
import { helpCard, subscriptionsCard } from "../cards/conversationCards.js";
import { myRegistrationsCard, upcomingCard } from "../cards/courseCards.js";
import { messages } from "../i18n/messages.js";
import type { Turn } from "../turn/turn.js";
import { matchFilter, normalize, parseTopic, type Command } from "./parseCommand.js";
import { cardReply, textReply } from "./replies.js";
import { topicLabel } from "./topicLabel.js";

const UPCOMING_LIMIT = 8;
/** "unsubscribe all" (normalised): every topic of the conversation. */
const ALL = new Set(["alla", "allt", "all", "everything"]);

export async function handleCommand(command: Command, turn: Turn): Promise<void> {
  const { ports, lang, conversation } = turn;
  const m = messages[lang];
  const { areas, subRegions } = ports.catalogue;
  const label = (topic: Parameters<typeof topicLabel>[0]) => topicLabel(topic, lang, areas, subRegions);
  const saveTopics = (topics: typeof conversation.topics) => ports.conversations.save({ ...conversation, topics, updatedAt: new Date(ports.now()).toISOString() });
  switch (command.name) {
    case "help":
      return turn.send(cardReply(helpCard(lang), lang, true));
    case "unknown":
      return turn.send(textReply(m.notUnderstood(command.text), lang, true));
    case "trainings": {
      const match = command.filter ? matchFilter(command.filter, areas, subRegions) : undefined;
      if (command.filter && !match) return turn.send(textReply(m.unknownFilter(command.filter), lang, true));
      const filter = match ? (match.kind === "area" ? { area: match.item.id } : { subRegion: match.item.id }) : {};
      const courses = await ports.catalogue.upcoming(filter, UPCOMING_LIMIT);
      return turn.send(cardReply(upcomingCard(courses, lang, match?.item[lang]), lang));
    }
    case "myRegistrations":
      return turn.send(cardReply(myRegistrationsCard(await ports.catalogue.registrationsOf(await turn.user()), lang), lang));
    case "nextFika": {
      const fika = await ports.fika.next(ports.now());
      if (!fika) return turn.send(textReply(m.noFika, lang));
      // In a group chat or channel everyone sees this reply: it shows no one's own answer, and
      // the card's refresh gives each viewer theirs.
      const myAnswer = async () => (conversation.kind === "personal" ? ports.fika.answerOf(fika.seriesId, fika.start, (await turn.user()).id) : undefined);
      const [counts, mine] = await Promise.all([ports.fika.counts(fika.seriesId, fika.start), myAnswer()]);
      return turn.send(cardReply(fikaInvitationCard(fika, counts, lang, mine), lang));
    }
    case "subscriptions":
      return turn.send(cardReply(subscriptionsCard(conversation.topics.map(label), lang), lang));
    case "subscribe": {
      const topic = command.topic ? parseTopic(command.topic, areas, subRegions) : undefined;
      if (!topic) return turn.send(textReply(m.whichTopic, lang, true));
      await saveTopics([...new Set([...conversation.topics, topic])]);
      return turn.send(textReply(conversation.kind === "personal" ? m.subscribed(label(topic)) : m.subscribedChannel(label(topic)), lang));
    }
    case "unsubscribe": {
      // The menu's "avsluta prenumeration" comes without a topic: say what there is to end.
      if (!command.topic) return turn.send(textReply(conversation.topics.length ? m.unsubscribeWhich(conversation.topics.map(label)) : m.nothingToUnsubscribe, lang, true));
      if (ALL.has(normalize(command.topic))) {
        await saveTopics([]);
        return turn.send(textReply(m.unsubscribedAll, lang));
      }
      const topic = parseTopic(command.topic, areas, subRegions);
      if (!topic) return turn.send(textReply(m.whichTopic, lang, true));
      await saveTopics(conversation.topics.filter((t) => t !== topic));
      return turn.send(textReply(m.unsubscribed(label(topic)), lang));
    }
    case "language": {
      if (!command.lang) return turn.send(textReply(m.languageWhich, lang));
      await ports.conversations.save({ ...conversation, lang: command.lang, updatedAt: new Date(ports.now()).toISOString() });
      return turn.send(textReply(messages[command.lang].languageSet, command.lang, true));
    }
    case "pairing": {
      if (conversation.kind !== "personal") return turn.send(textReply(m.pairingNeedsPersonal, lang));
      const on = command.on ?? true;
      await ports.fika.setPairing(await turn.user(), on);
      return turn.send(textReply(on ? m.pairingOn : m.pairingOff, lang));
    }
  }
}
