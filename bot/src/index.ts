// The bot's public surface, for the API that hosts it. The botbuilder adapter is a separate
// entry ("@campus-westum/bot/endpoint") so that the Bot Framework stack loads only when a bot
// request or a proactive send needs it, not on every cold start of the API.
export * from "./announcements.js";
export * from "./conversations.js";
export * from "./networkEvents.js";
export * from "./connector/activity.js";
export * from "./connector/botConnectorClient.js";
export type * from "./connector/botAuth.js";
export * from "./connector/serviceUrlPolicy.js";
export * from "./delivery/activityId.js";
export * from "./delivery/deliveryMessage.js";
export * from "./delivery/deliveryWorker.js";
export * from "./delivery/ports.js";
export * from "./delivery/refusalWatch.js";
export * from "./delivery/sendOutcome.js";
export * from "./delivery/teamsLimits.js";
export * from "./http/retryAfter.js";
export * from "./ports.js";
export * from "./routes.js";
export * from "./cards/adaptiveCard.js";
export * from "./cards/courseCards.js";
export * from "./cards/fikaCards.js";
export * from "./cards/networkEventCards.js";
export * from "./cards/conversationCards.js";
export * from "./notices/courseNotices.js";
export * from "./notices/fikaNotices.js";
export * from "./notices/networkEventNotices.js";
export * from "./schedule/calendarDate.js";
export * from "./schedule/fikaPairing.js";
export * from "./schedule/fikaRecurrence.js";
export * from "./schedule/fikaRule.js";
export * from "./schedule/quietHours.js";
export * from "./schedule/stockholmClock.js";
export * from "./i18n/messages.js";
export type { Incoming } from "./turn/incoming.js";
