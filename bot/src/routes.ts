// The bot's routes, as data: the first whose select() matches handles the activity.
// Install and uninstall events keep the conversation records; messages run commands; invokes
// from Action.Execute buttons answer with the refreshed card.
import { welcomeCard } from "./cards/conversationCards.js";
import { handleCardAction } from "./commands/cardActions.js";
import { handleCommand } from "./commands/handleCommand.js";
import { parseCommand } from "./commands/parseCommand.js";
import { cardReply } from "./commands/replies.js";
import { conversationIdOf, kindOf, type Incoming } from "./turn/incoming.js";
import type { BotRoute, Turn } from "./turn/turn.js";

const botAdded = (a: Incoming) => a.type === "conversationUpdate" && (a.membersAdded ?? []).some((m) => m.id === a.recipient.id);
const botRemoved = (a: Incoming) =>
  (a.type === "conversationUpdate" && (a.membersRemoved ?? []).some((m) => m.id === a.recipient.id)) ||
  (a.type === "installationUpdate" && a.action?.startsWith("remove") === true);
const teamEvent = (a: Incoming, eventType: string) => a.type === "conversationUpdate" && a.channelData?.eventType === eventType;

/** Forgets an installation: a team's channels all go, a chat goes alone. */
async function forget(turn: Turn): Promise<void> {
  const { activity, ports } = turn;
  const teamId = activity.channelData?.team?.id;
  if (kindOf(activity) === "channel" && teamId) await ports.conversations.removeTeam(teamId);
  else await ports.conversations.remove(conversationIdOf(activity));
}

export const botRoutes: BotRoute[] = [
  { name: "teamDeleted", select: (a) => teamEvent(a, "teamDeleted"), handle: forget },
  { name: "channelDeleted", select: (a) => teamEvent(a, "channelDeleted"), handle: ({ activity, ports }) => ports.conversations.remove(conversationIdOf(activity)) },
  { name: "uninstalled", select: botRemoved, handle: forget },
  // The record is refreshed before a route runs, with the channel's or team's new name; the team's other channels take it here.
  { name: "channelRenamed", select: (a) => teamEvent(a, "channelRenamed"), handle: async () => {} },
  {
    name: "teamRenamed",
    select: (a) => teamEvent(a, "teamRenamed"),
    handle: async ({ activity, ports }) => {
      const team = activity.channelData?.team;
      if (team?.name) await ports.conversations.renameTeam(team.id, team.name);
    },
  },
  {
    name: "installed",
    select: botAdded,
    handle: async (turn) => {
      // Teams' install event carries no name: the roster has it.
      const name = turn.activity.from.name ?? (turn.conversation.kind === "personal" ? (await turn.user()).name : "");
      await turn.send(cardReply(welcomeCard(turn.conversation.kind, name, turn.lang), turn.lang, turn.conversation.kind === "personal"));
    },
  },
  // installationUpdate "add" comes with the conversationUpdate above; the record is saved by then.
  { name: "installationAdded", select: (a) => a.type === "installationUpdate", handle: async () => {} },
  { name: "cardAction", select: (a) => a.type === "invoke" && a.name === "adaptiveCard/action", handle: handleCardAction },
  { name: "command", select: (a) => a.type === "message" && typeof a.text === "string" && a.text.trim() !== "", handle: (turn) => handleCommand(parseCommand(turn.activity.text!), turn) },
];

/** Routes that must not (re)create the conversation's record first. */
export const FORGETTING_ROUTES = new Set(["teamDeleted", "channelDeleted", "uninstalled"]);
