import { describe, expect, it } from "vitest";
import { isTeamsMeetingLink } from "./teamsMeetingLink";

describe("Teams meeting links", () => {
  it("accepts the long and the short form of a meeting link", () => {
    expect(isTeamsMeetingLink("https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%7d")).toBe(true);
    expect(isTeamsMeetingLink("https://teams.microsoft.com/meet/3451234567890?p=AbCdEf")).toBe(true);
    expect(isTeamsMeetingLink("  https://teams.live.com/meet/9371234567890?p=x  ")).toBe(true);
  });

  it("refuses other links", () => {
    for (const link of [
      "http://teams.microsoft.com/l/meetup-join/19%3ameeting_abc",
      "https://teams.microsoft.com/",
      "https://teams.microsoft.com/l/chat/0/0?users=a@example.org",
      "https://teams.microsoft.com.example.org/l/meetup-join/19%3ameeting_abc",
      "https://user@teams.microsoft.com/l/meetup-join/19%3ameeting_abc",
      "https://zoom.us/j/123456789",
      "teams.microsoft.com/l/meetup-join/19%3ameeting_abc",
      "",
    ]) {
      expect(isTeamsMeetingLink(link), link).toBe(false);
    }
  });
});
