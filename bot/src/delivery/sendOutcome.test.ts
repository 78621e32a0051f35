// Which answers unsubscribe a recipient: only those Teams documents for that one conversation.
import { describe, expect, it } from "vitest";
import { outcomeOf } from "./sendOutcome.js";

const kindOf = (answer: Parameters<typeof outcomeOf>[0]) => outcomeOf(answer, "id").kind;

describe("a Bot Connector answer's meaning for a delivery", () => {
  it("marks the recipient inactive only on the documented per-conversation codes", () => {
    expect(kindOf({ status: 403, code: "209", subCode: "MessageWritesBlocked" })).toBe("inactive");
    expect(kindOf({ status: 403, code: "ConversationBlockedByUser" })).toBe("inactive");
    expect(kindOf({ status: 403, code: "BotNotInConversationRoster" })).toBe("inactive");
    expect(kindOf({ status: 404, code: "ConversationNotFound" })).toBe("inactive");
  });

  it("treats a tenant policy, missing permissions or an unexplained 403/404 as a refusal to retry later", () => {
    for (const code of ["BotDisabledByAdmin", "NotEnoughPermissions", "ForbiddenOperationException", "InvalidBotApiHost", undefined]) {
      expect(kindOf({ status: 403, code }), String(code)).toBe("refused");
    }
    expect(kindOf({ status: 404 })).toBe("refused");
    expect(kindOf({ status: 404, code: "NotFound" })).toBe("refused");
  });

  it("retries throttling and transient errors, telling 429s apart", () => {
    expect(outcomeOf({ status: 429 }, "id")).toMatchObject({ kind: "retry", throttled: true, afterMs: undefined });
    expect(outcomeOf({ status: 503, retryAfterMs: 1500 }, "id")).toMatchObject({ kind: "retry", throttled: false, afterMs: 1500 });
    expect(kindOf({ status: 400, code: "BadArgument" })).toBe("failed");
  });

  it("keeps the codes in the error the report shows, refusals marked as such", () => {
    expect(outcomeOf({ status: 403, code: "BotDisabledByAdmin", message: "The tenant admin disabled this bot" }, "id")).toMatchObject({ error: "refused: 403 BotDisabledByAdmin: The tenant admin disabled this bot" });
    expect(outcomeOf({ status: 403, code: "209", subCode: "MessageWritesBlocked", message: "Thread is blocked from message writes." }, "id")).toMatchObject({ error: "403 209/MessageWritesBlocked: Thread is blocked from message writes." });
  });
});
