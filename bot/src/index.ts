// The bot's public surface, for the API that hosts it.
export * from "./announcements.js";
export * from "./conversations.js";
export * from "./connector/activity.js";
export * from "./connector/botConnectorClient.js";
export * from "./delivery/activityId.js";
export * from "./delivery/deliveryMessage.js";
export * from "./delivery/deliveryWorker.js";
export * from "./delivery/ports.js";
export * from "./delivery/sendOutcome.js";
export * from "./delivery/teamsLimits.js";
