// Registering from a card (#11.4) through the API's catalogue port, against Azurite: the member
// is the directory's; a person the directory does not know is asked, and her choice is recorded
// as declared (decision 0013), never a member the directory does not have; the card's choices
// are the directory's members.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cataloguePort } from "../../api/src/bot/cataloguePort.js";
import { sampleDirectory } from "../../api/src/sample/directory.js";
import { courseInput, createCourse } from "../api/catalogueFixtures.js";
import { startApiHarness, type ApiHarness } from "../support/apiHarness.js";

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiHarness();
});
afterAll(() => api.close());

const stranger = { id: "0b1c2d3e-0000-4000-8000-0000000005a1", name: "Stina Främling", email: "stina@elsewhere.example.org" };

describe("registering from a card", () => {
  it("asks a person the directory does not know, and registers her choice as declared", async () => {
    const port = cataloguePort(api.services);
    const course = await createCourse(api, courseInput({ title: "Office 365 för vägledare" }));
    const members = await port.members();
    expect(members).toHaveLength(sampleDirectory().length);
    expect(members.map((m) => m.name)).toEqual([...members.map((m) => m.name)].sort((a, b) => a.localeCompare(b, "sv")));
    const chosen = members.find((m) => m.id === "vuxenutbildningen-i-boras-stad")!;

    expect(await port.register(course.id, stranger)).toEqual({ ok: false, reason: "member-unknown" });
    expect(await port.register(course.id, stranger, "no-such-member")).toEqual({ ok: false, reason: "member-unknown" });
    expect(await port.register(course.id, stranger, chosen.id)).toEqual({ ok: true, status: "registered" });
    const [registration] = (await api.services.registrations.ofPerson(stranger.id));
    expect(registration).toMatchObject({ person: { id: stranger.id, email: stranger.email, memberId: chosen.id }, memberSource: "declared", createdBy: stranger.id });
  });

  it("keeps the directory's member for a person it knows, whatever a crafted invoke declares", async () => {
    const port = cataloguePort(api.services);
    const course = await createCourse(api, courseInput({ title: "Teams-möten med tolk" }));
    const known = sampleDirectory().find((m) => m.contacts.length > 0)!;
    const contact = { id: "0b1c2d3e-0000-4000-8000-0000000005a2", name: known.contacts[0]!.name, email: known.contacts[0]!.email };
    const other = sampleDirectory().find((m) => m.id !== known.id)!;
    expect(await port.register(course.id, contact, other.id)).toEqual({ ok: false, reason: "member-differs" });
    expect(await port.register(course.id, contact)).toEqual({ ok: true, status: "registered" });
    expect((await api.services.registrations.ofPerson(contact.id))[0]).toMatchObject({ person: { memberId: known.id }, memberSource: "directory" });
  });
});
