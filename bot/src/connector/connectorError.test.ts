// Both error bodies Teams sends, as its documentation shows them.
import { describe, expect, it } from "vitest";
import { readConnectorError } from "./connectorError.js";

const read = (body: unknown) => readConnectorError(body, JSON.stringify(body));

describe("Bot Connector error bodies", () => {
  it("reads the Bot Framework ErrorResponse", () => {
    expect(read({ error: { code: "BotDisabledByAdmin", message: "The tenant admin disabled this bot" } })).toEqual({ code: "BotDisabledByAdmin", message: "The tenant admin disabled this bot" });
  });

  it("reads the subCode inside the JSON text of Teams' blocked-or-uninstalled body", () => {
    const documented = { errorCode: 209, message: '{\r\n  "subCode": "MessageWritesBlocked",\r\n  "details": "Thread is blocked from message writes.",\r\n  "errorCode": null,\r\n  "errorSubCode": null\r\n}' };
    expect(read(documented)).toEqual({ code: "209", subCode: "MessageWritesBlocked", message: "Thread is blocked from message writes." });
  });

  it("keeps the start of a body it cannot read", () => {
    expect(readConnectorError(undefined, "<html>Bad gateway</html>")).toEqual({ message: "<html>Bad gateway</html>" });
    expect(readConnectorError(undefined, "")).toEqual({ message: undefined });
  });
});
