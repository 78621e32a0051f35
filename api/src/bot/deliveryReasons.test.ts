import { ALARM_PAUSE_ERROR, NO_INSTALLER } from "@campus-westum/bot";
import { describe, expect, it } from "vitest";
import { reasonGroups, reasonOf } from "./deliveryReasons.js";

describe("why a delivery did not arrive", () => {
  it("names the reason of each error the worker and the installer record", () => {
    const cases: [string, string, string][] = [
      ["blocked", "403 BadArgument/MessageWritesBlocked: Thread is blocked", "blocked-bot"],
      ["blocked", "403 ConversationBlockedByUser: User blocked the conversation with the bot.", "blocked-bot"],
      ["blocked", "403 BotNotInConversationRoster: The bot is not part of the conversation roster.", "bot-removed"],
      ["blocked", "404 ConversationNotFound: Conversation not found.", "chat-gone"],
      ["unreachable", NO_INSTALLER, "not-installed"],
      ["unreachable", "unknown user or no Teams (installing: 404 Not Found)", "unknown-user"],
      ["unreachable", "no Teams licence or blocked by an app policy (installing: 403 ...)", "no-licence-or-policy"],
      ["unreachable", "blocked or removed the bot (403 MessageWritesBlocked)", "blocked-bot"],
      ["failed", "gave up after 6 attempts: refused: 403 BotDisabledByAdmin: The tenant admin disabled this bot", "refused-repeatedly"],
      ["failed", "gave up after 6 attempts: 503 ServiceError: Injected failure", "teams-unavailable"],
      ["failed", "gave up after 6 attempts: network: TypeError: fetch failed", "teams-unavailable"],
      ["failed", "400 BadSyntax: Activity is too large", "rejected"],
      ["failed", "announcement not found", "announcement-missing"],
      ["failed", "handed out 13 times without a result", "no-result"],
      ["failed", "a previous send ended without a result and may have arrived", "uncertain"],
      ["failed", "500 InternalServerError", "other"],
      ["retrying", "refused: 403 BotDisabledByAdmin: The tenant admin disabled this bot", "refused"],
      ["retrying", ALARM_PAUSE_ERROR, "paused"],
    ];
    for (const [state, error, code] of cases) expect(reasonOf(state, error), error).toBe(code);
  });

  it("groups what did not arrive by state and reason, largest first, leaving out what is on its way or delivered", () => {
    const refused = "gave up after 2 attempts: refused: 403 BotDisabledByAdmin: The tenant admin disabled this bot";
    const groups = reasonGroups([
      { state: "sent" },
      { state: "sending" },
      { state: "retrying", error: "429 Throttled: Too many requests" },
      { state: "failed", error: refused },
      { state: "failed", error: refused },
      { state: "blocked", error: "404 ConversationNotFound: Conversation not found." },
      { state: "retrying", error: ALARM_PAUSE_ERROR },
    ]);
    expect(groups).toEqual([
      { state: "failed", code: "refused-repeatedly", count: 2, example: refused },
      { state: "blocked", code: "chat-gone", count: 1, example: "404 ConversationNotFound: Conversation not found." },
      { state: "refused", code: "paused", count: 1, example: ALARM_PAUSE_ERROR },
    ]);
  });
});
