import type { ConversationRecord } from "@campus-westum/bot";
import { describe, expect, it } from "vitest";
import type { MemberDetail } from "../../contract/index.js";
import { audienceTargets } from "./audienceTargets.js";

const member = (id: string, subRegions: MemberDetail["subRegions"], areas: MemberDetail["areas"], emails: string[]): MemberDetail => ({
  id,
  name: id,
  subRegions,
  municipalities: [],
  areas,
  systems: [],
  techNetwork: false,
  sample: true,
  projects: [],
  contacts: emails.map((email, i) => ({ id: `${id}-${i}`, memberId: id, name: email, role: "larare", email, techNetwork: false })),
});

const members = [
  member("skovde", ["skaraborg"], ["it"], ["Anna@Skovde.se", "bo@skovde.se"]),
  member("boras", ["sjuharad"], ["sfi"], ["cia@boras.se", ""]),
  member("kungsbacka", ["halland", "goteborgsregionen"], ["it", "sfi"], ["anna@skovde.se", "dan@kungsbacka.se"]),
];

const chat = (id: string, kind: ConversationRecord["kind"], topics: ConversationRecord["topics"], active = true): ConversationRecord => ({
  conversationId: id, serviceUrl: "https://smba.trafficmanager.net/teams/", kind, lang: "sv", topics, active, updatedAt: "2026-12-05T00:00:00Z",
});
const chats = [chat("a", "personal", ["trainings"]), chat("b", "personal", ["area:sfi"]), chat("c", "personal", ["trainings"], false), chat("19:x@thread.tacv2", "channel", [])];

describe("who an audience choice reaches", () => {
  it("subscribers: the active chats subscribed to the course's topics", () => {
    expect(audienceTargets({ kind: "subscribers" }, members, chats, ["trainings", "area:it"]).chats.map((c) => c.conversationId)).toEqual(["a"]);
  });

  it("members: every contact once, by e-mail in lower case; contacts without an address counted apart", () => {
    const targets = audienceTargets({ kind: "members", memberIds: ["skovde", "boras", "kungsbacka"] }, members, chats, []);
    expect(targets.people.map((p) => p.userId)).toEqual(["anna@skovde.se", "bo@skovde.se", "cia@boras.se", "dan@kungsbacka.se"]);
    expect(targets.withoutAddress).toBe(1);
    expect(targets.chats).toEqual([]);
  });

  it("members: a contact whose personal chat is stored under her address is reached there, and left out once she removed the bot", () => {
    const hers = { ...chat("a:bo", "personal", []), userId: "bo@skovde.se" };
    const left = { ...chat("a:cia", "personal", [], false), userId: "Cia@Boras.se" };
    const targets = audienceTargets({ kind: "members", memberIds: ["skovde", "boras"] }, members, [...chats, hers, left], []);
    expect(targets.chats).toEqual([hers]);
    expect(targets.people.map((p) => p.userId)).toEqual(["anna@skovde.se"]);
  });

  it("sub-regions and areas: the contacts of the members in any of them (a member may lie in two sub-regions)", () => {
    expect(audienceTargets({ kind: "subRegions", subRegions: ["goteborgsregionen"] }, members, chats, []).people.map((p) => p.userId)).toEqual(["anna@skovde.se", "dan@kungsbacka.se"]);
    expect(audienceTargets({ kind: "areas", areas: ["sfi"] }, members, chats, []).people.map((p) => p.userId)).toEqual(["cia@boras.se", "anna@skovde.se", "dan@kungsbacka.se"]);
  });

  it("channel: only that channel, and only while the bot is in it; never a personal chat", () => {
    expect(audienceTargets({ kind: "channel", conversationId: "19:x@thread.tacv2" }, members, chats, []).chats.map((c) => c.conversationId)).toEqual(["19:x@thread.tacv2"]);
    expect(audienceTargets({ kind: "channel", conversationId: "a" }, members, chats, []).chats).toEqual([]);
  });
});
