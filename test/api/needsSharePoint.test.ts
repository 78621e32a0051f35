// The needs inventory reaches the SharePoint lists Behovsinventeringar and Behov (decision 0020),
// against the Graph stand-in (strict as Graph: unknown fields refused, If-Match and 412, 429 with
// Retry-After, lost answers):
//   - a round, once created and once sent, is one item; every stated need of a saved answer is
//     one item with its round and member lookups, exactly once even when a create's answer is lost;
//   - an edited answer rewrites that member's items and deletes the item of a need it dropped;
//     an item edited by hand is written over (the app keeps the truth), other members' items stay;
//   - a write throttled with a decimal Retry-After is sent again after the wait, and only once;
//   - a member removed from Medlemmar holds back only its own needs, and the sync view names the
//     round and the member (retry included);
//   - in local mode (no site) nothing is recorded for SharePoint.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Need, NeedsRound, NeedsRoundInput, SyncStatus } from "../../api/src/contract/index.js";
import { sampleDirectory } from "../../api/src/sample/directory.js";
import { LIST_NAMES, startApiOnStandIn, type ApiOnStandIn } from "../sharepoint/support.js";
import { startApiHarness } from "../support/apiHarness.js";

const members = sampleDirectory().slice(0, 3).map((m) => ({ ...m, sample: false }));
const [first, second, third] = members as [(typeof members)[0], (typeof members)[0], (typeof members)[0]];

let on: ApiOnStandIn;
beforeAll(async () => void (on = await startApiOnStandIn(members)));
afterAll(() => on?.close());

/** Drains the outbox until nothing waits; a failed attempt's wait (seconds) is skipped here. */
async function drainAll(): Promise<{ delivered: number; failed: number }> {
  const total = { delivered: 0, failed: 0 };
  for (let pass = 0; pass < 10; pass++) {
    const done = await on.api.services.sharepointOutbox!.drain();
    total.delivered += done.delivered;
    total.failed += done.failed;
    if ((await on.api.services.sharepointSync!.status()).outbox?.pending === 0) return total;
    const needs = await on.api.services.tables.table("needs");
    for await (const e of needs.listEntities<{ nextAttemptAt?: number }>()) {
      if (e.rowKey?.startsWith("spout-") && e.nextAttemptAt) await needs.updateEntity({ partitionKey: e.partitionKey!, rowKey: e.rowKey, nextAttemptAt: 0 }, "Merge");
    }
  }
  throw new Error("the outbox did not drain");
}

const items = (list: "needsRounds" | "needs") => [...on.standIn.list(LIST_NAMES[list]).items.values()];
const needsOf = (memberId: string) => items("needs").filter((i) => i.fields.MemberLookupId === on.memberItems.get(memberId)).sort((a, b) => String(a.fields.NeedKey).localeCompare(String(b.fields.NeedKey)));
const versions = () => items("needs").map((i) => `${i.id}:${i.version}`);

const input: NeedsRoundInput = {
  title: "Behovsinventering våren 2030",
  period: { term: "spring", year: 2030 },
  deadline: "2030-01-31",
  recipientRoles: ["rektor", "larare", "ikt-pedagog", "it-tekniker", "studievagledare", "kompetensmaklare", "samordnare"],
  areas: ["it", "sfi", "vard-omsorg"],
  intro: { sv: "Vad behöver ni nästa termin?" },
};
const itForStaff: Need = { area: "it", audience: "staff", format: "online", participants: 12, note: "Excel och Teams" };
const sfiForStudents: Need = { area: "sfi", audience: "students", format: "live-broadcast", participants: 30 };
const careForStaff: Need = { area: "vard-omsorg", audience: "staff", format: "on-site", participants: 8 };
let round: NeedsRound;

async function save(memberId: string, body: { needs: Need[]; comment?: string }): Promise<void> {
  const version = (await on.api.services.needs.getAnswer(round.id, memberId))?.record.version ?? 0;
  const response = await on.api.send("PUT", `/api/needs/rounds/${round.id}/answers/${memberId}`, { token: on.coordinator, body: { ...body, version } });
  expect(response.status, await response.clone().text()).toBe(200);
}

describe("the needs inventory in the SharePoint lists", () => {
  it("writes a round as one item, and each stated need of a saved answer as one item, once, through a lost answer", async () => {
    const created = await on.api.send("POST", "/api/needs/rounds", { token: on.coordinator, body: input });
    expect(created.status).toBe(201);
    round = (await created.json()) as NeedsRound;
    await drainAll();
    expect(items("needsRounds").map((i) => i.fields)).toEqual([
      expect.objectContaining({
        Title: input.title, RoundKey: round.id, Term: "Vårterminen", Year: 2030, Status: "Utkast",
        // The deadline day's Stockholm midnight in UTC, as a date-only column holds it.
        Deadline: "2030-01-30T23:00:00Z", RecipientRoles: expect.arrayContaining(["Rektor", "Lärare"]), EducationAreas: ["IT", "SFI – svenska för invandrare", "Vård och omsorg"],
      }),
    ]);
    expect(items("needsRounds")[0]!.fields.SentAt).toBeUndefined();

    expect((await on.api.send("POST", `/api/needs/rounds/${round.id}/send`, { token: on.coordinator })).status).toBe(200);
    // The answer to the first create of a need is lost: it was made, and is found instead of made twice.
    let lost = false;
    on.standIn.onRequest(({ method, path }) => {
      if (!lost && method === "POST" && path.endsWith("/items") && path.includes(on.standIn.list(LIST_NAMES.needs).id)) (lost = true), on.standIn.enqueueFaults("lost");
    });
    await save(first.id, { needs: [itForStaff, sfiForStudents], comment: "Helst på eftermiddagar" });
    await save(second.id, { needs: [careForStaff] });
    const outcome = await drainAll();
    on.standIn.onRequest(undefined);
    expect(lost).toBe(true);
    expect(outcome.failed).toBeGreaterThan(0);

    const roundItem = items("needsRounds");
    expect(roundItem).toHaveLength(1);
    expect(roundItem[0]!.fields).toMatchObject({ Status: "Skickad", SentAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/) });
    expect(items("needs")).toHaveLength(3);
    expect(needsOf(first.id).map((i) => i.fields)).toEqual([
      expect.objectContaining({
        Title: `${first.name}: IT (personal)`, NeedKey: `${round.id}/${first.id}/it/staff`, RoundLookupId: roundItem[0]!.id, MemberLookupId: on.memberItems.get(first.id),
        EducationArea: "IT", Audience: "Personal", Format: "Digitalt, var du vill", Participants: 12, Note: "Excel och Teams", Comment: "Helst på eftermiddagar",
      }),
      expect.objectContaining({
        NeedKey: `${round.id}/${first.id}/sfi/students`, EducationArea: "SFI – svenska för invandrare", Audience: "Studerande",
        Format: "Livesändning till mottagande lärcentra", Participants: 30, Comment: "Helst på eftermiddagar",
      }),
    ]);
    expect(needsOf(first.id)[1]!.fields.Note).toBeUndefined();
    expect(needsOf(second.id).map((i) => i.fields)).toEqual([expect.objectContaining({ NeedKey: `${round.id}/${second.id}/vard-omsorg/staff`, Format: "På plats", Participants: 8 })]);

    // Delivered: a second pass writes nothing.
    const before = versions();
    expect(await on.api.services.sharepointOutbox!.drain()).toMatchObject({ delivered: 0, failed: 0 });
    expect(versions()).toEqual(before);
  });

  it("rewrites a member's items when the answer changes, deletes a dropped need's item, and writes over a hand edit", async () => {
    const [itItem, sfiItem] = needsOf(first.id);
    const untouched = needsOf(second.id)[0]!;
    // Edited by hand in the list: the app keeps the truth, so the next write goes over it.
    on.standIn.updateItem(LIST_NAMES.needs, itItem!.id, { Participants: 999, Note: "ändrad i listan" });
    const secondBefore = untouched.version;

    await save(first.id, { needs: [{ ...itForStaff, participants: 15 }], comment: "Förmiddagar går också" });
    expect(await drainAll()).toMatchObject({ failed: 0 });
    expect(needsOf(first.id).map((i) => i.id)).toEqual([itItem!.id]);
    expect(itItem!.fields).toMatchObject({ Participants: 15, Note: "Excel och Teams", Comment: "Förmiddagar går också" });
    expect(on.standIn.list(LIST_NAMES.needs).items.has(sfiItem!.id)).toBe(false);
    expect(untouched.version).toBe(secondBefore);

    // "No needs this term": the member keeps no items.
    await save(second.id, { needs: [] });
    await drainAll();
    expect(needsOf(second.id)).toEqual([]);
    expect(items("needs")).toHaveLength(1);
  });

  it("sends a throttled write again after Graph's decimal Retry-After, and only once", async () => {
    // The first create of an item in Behov is answered 429 with Retry-After 0.35 (Graph sends decimals).
    const creates: number[] = [];
    const needsItems = `/lists/${on.standIn.list(LIST_NAMES.needs).id}/items`;
    on.standIn.setFaults({ retryAfterSeconds: 0.35 });
    on.standIn.onRequest(({ method, path }) => {
      if (method !== "POST" || !path.endsWith(needsItems)) return;
      creates.push(performance.now());
      if (creates.length === 1) on.standIn.enqueueFaults("429");
    });
    const faultsBefore = on.standIn.counters().faultsInjected;
    await save(second.id, { needs: [careForStaff, { ...itForStaff, note: undefined }] });
    expect(await drainAll()).toMatchObject({ failed: 0 });
    on.standIn.onRequest(undefined);
    on.standIn.clearFaults();

    expect(on.standIn.counters().faultsInjected).toBe(faultsBefore + 1);
    // Both needs are new (the answer said "no needs" before): the throttled create, its retry at
    // least the 350 ms Graph asked for later, and the other need's create; nothing made twice.
    expect(creates).toHaveLength(3);
    expect(creates[1]! - creates[0]!).toBeGreaterThanOrEqual(350);
    expect(needsOf(second.id).map((i) => i.fields.NeedKey)).toEqual([`${round.id}/${second.id}/it/staff`, `${round.id}/${second.id}/vard-omsorg/staff`]);
    expect(items("needs")).toHaveLength(3);
  });
});

describe("the needs inventory when a member leaves Medlemmar", () => {
  it("writes the other members' needs, keeps that member's items, and names the round and the member in the sync view", async () => {
    await save(third.id, { needs: [careForStaff] });
    await drainAll();
    const kept = needsOf(third.id).map((i) => i.id);
    expect(kept).toHaveLength(1);
    on.standIn.deleteItem(LIST_NAMES.members, on.memberItems.get(third.id)!);
    expect((await on.api.send("POST", "/api/sync", { token: on.coordinator })).status).toBe(200);

    await save(first.id, { needs: [{ ...itForStaff, participants: 20 }] });
    expect(await on.api.services.sharepointOutbox!.drain()).toMatchObject({ delivered: 0, failed: 1 });
    expect(needsOf(first.id).map((i) => i.fields.Participants)).toEqual([20]);
    expect(kept.every((id) => on.standIn.list(LIST_NAMES.needs).items.has(id))).toBe(true);

    const status = (await (await on.api.get("/api/sync/status", { token: on.coordinator })).json()) as SyncStatus;
    expect(status.outbox?.failures).toEqual([
      expect.objectContaining({ kind: "needs", group: `needs~${round.id}`, title: input.title, attempts: 1, lastError: expect.stringContaining(third.id) }),
    ]);
    const retried = await on.api.send("POST", "/api/sync/write-backs/retry", { token: on.coordinator, body: { group: `needs~${round.id}` } });
    expect(retried.status).toBe(202);
  });
});

describe("the needs inventory without a SharePoint site", () => {
  it("records nothing to write when a round is made and answered", async () => {
    const local = await startApiHarness();
    try {
      const token = await local.token("coordinator");
      const made = (await (await local.send("POST", "/api/needs/rounds", { token, body: input })).json()) as NeedsRound;
      expect((await local.send("POST", `/api/needs/rounds/${made.id}/send`, { token })).status).toBe(200);
      const memberId = (await local.services.directory.current()).all()[0]!.id;
      expect((await local.send("PUT", `/api/needs/rounds/${made.id}/answers/${memberId}`, { token, body: { needs: [itForStaff], version: 0 } })).status).toBe(200);
      const keys: string[] = [];
      for await (const e of (await local.services.tables.table("needs")).listEntities()) keys.push(e.rowKey!);
      expect(keys).toContain(`answer-${memberId}`);
      expect(keys.filter((k) => k.startsWith("spout-"))).toEqual([]);
    } finally {
      await local.close();
    }
  });
});
