import { describe, expect, it } from "vitest";
import { TeamsTokenTimeout } from "../teams/tokenTimeout";
import { classifyTeamsSignInFailure } from "./teamsSignInError";

describe("why Teams single sign-on failed", () => {
  it("reads the reasons Teams gives getAuthToken's failure", () => {
    // teams-js rejects with Error(reason), the host's string as it is.
    expect(classifyTeamsSignInFailure(new Error("resourceRequiresConsent"))).toBe("consent");
    expect(classifyTeamsSignInFailure(new Error("AADSTS65001: The user or administrator has not consented"))).toBe("consent");
    expect(classifyTeamsSignInFailure(new Error("resourceDisabled"))).toBe("disabled");
    expect(classifyTeamsSignInFailure(new Error("CancelledByUser"))).toBe("cancelled");
    expect(classifyTeamsSignInFailure(new TeamsTokenTimeout(20_000))).toBe("timeout");
    expect(classifyTeamsSignInFailure(new Error("FailedToOpenWindow"))).toBe("other");
    expect(classifyTeamsSignInFailure("not even an Error")).toBe("other");
  });
});
