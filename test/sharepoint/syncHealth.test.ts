// Sync health for coordinators (GET /api/sync/status) against the Graph stand-in: per list the
// last successful sync; a row a coordinator typed wrong, with its row, column and what is wrong
// in Swedish and English; a write-back that Graph keeps refusing ends dead-lettered after
// SHAREPOINT_WRITE_MAX_ATTEMPTS (a registration's, and a course's), is shown and no longer tried,
// and a coordinator's retry sends it.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { SyncRun, SyncStatus } from "../../api/src/contract/index.js";
import { startGraphStandIn, type GraphStandIn } from "../graph-stand-in/index.js";
import { startApiHarness, type ApiHarness } from "../support/apiHarness.js";
import { LIST_NAMES } from "./support.js";
import { enterSyncHealthFixture, PROVIDER, refuseRegistrationWrites, standInSettings } from "./syncHealthFixture.js";

let standIn: GraphStandIn;
let api: ApiHarness;
let coordinator: string;
let badMember: string;

beforeAll(async () => {
  standIn = await startGraphStandIn();
  ({ badMember } = enterSyncHealthFixture(standIn));
  api = await startApiHarness({ members: [], env: standInSettings(standIn, 2) });
  coordinator = await api.token("coordinator");
});
afterAll(async () => {
  await api?.close();
  await standIn?.close();
});

const status = async () => {
  const response = await api.get("/api/sync/status", { token: coordinator });
  expect(response.status).toBe(200);
  return (await response.json()) as SyncStatus;
};
const retry = (body: unknown, token = coordinator) => api.send("POST", "/api/sync/write-backs/retry", { token, body, headers: { "Accept-Language": "sv-SE" } });

it("shows per list when it last synced, and a rejected row with its column and what is wrong, Swedish first", async () => {
  expect((await status()).lists?.every((l) => l.stale && l.lastSuccessAt === undefined)).toBe(true);
  const run = (await (await api.send("POST", "/api/sync", { token: coordinator })).json()) as SyncRun;
  expect(run.outcome).toBe("ok");

  const health = await status();
  expect(health.lists?.map((l) => l.list)).toEqual(run.lists.map((l) => l.list));
  for (const list of health.lists!) expect(list).toEqual({ list: list.list, label: { sv: expect.any(String), en: expect.any(String) }, lastSuccessAt: run.finishedAt, ageMinutes: 0, stale: false });
  expect(health.lastRun?.rowsRejected).toEqual([
    {
      list: "members",
      itemId: badMember,
      reason: expect.stringContaining("subRegions"),
      listLabel: { sv: "Medlemmar", en: "Members" },
      column: "SubRegion",
      // The name coordinators see in the list.
      columnLabel: { sv: "Delregion", en: "Sub-region" },
      problem: { sv: expect.stringMatching(/^"Atlantis" är inte ett av de tillåtna värdena/), en: expect.stringMatching(/^"Atlantis" is not one of the allowed values/) },
    },
  ]);
});

it("dead-letters a write-back Graph keeps refusing, shows it, and sends it again on a coordinator's retry", async () => {
  const registered = await api.send("POST", "/api/courses/excel-halsa/registrations", {
    token: coordinator,
    body: { person: { id: "p1", name: "Anna Andersson", email: "anna@example.org" }, memberId: PROVIDER.id },
  });
  expect(registered.status).toBe(201);
  const { id: registrationId } = (await registered.json()) as { id: string };
  refuseRegistrationWrites(standIn);
  const outbox = api.services.sharepointOutbox!;

  // (The course's own write-back, to another list, may go in the same pass.)
  expect(await outbox.drain()).toMatchObject({ failed: 1 });
  let failure = (await status()).outbox!.failures[0]!;
  expect(failure).toMatchObject({ kind: "registration", group: "excel-halsa", registrationId, title: "Excel för nybörjare", personName: "Anna Andersson", attempts: 1, dead: false });
  expect(failure.lastError).toMatch(/503/);

  // The second attempt, after its wait of 2 s, is the last one allowed.
  await new Promise((resolve) => setTimeout(resolve, Date.parse(failure.nextAttemptAt!) - Date.now() + 50));
  expect(await outbox.drain()).toMatchObject({ delivered: 0, failed: 1 });
  const dead = (await status()).outbox!;
  expect(dead).toMatchObject({ pending: 1, failing: 0, dead: 1, maxAttempts: 2 });
  failure = dead.failures[0]!;
  expect(failure).toMatchObject({ registrationId, attempts: 2, dead: true });
  expect(failure.nextAttemptAt).toBeUndefined();

  // Dead-lettered: later passes leave it alone, whatever the time.
  const requests = standIn.counters().requests;
  expect(await outbox.drain()).toMatchObject({ delivered: 0, failed: 0 });
  expect(standIn.counters().requests).toBe(requests);

  // Only coordinators retry, and only a write-back that exists.
  expect((await retry({ group: "excel-halsa", registrationId }, await api.token("teacher"))).status).toBe(403);
  const invalid = await retry({ group: "../etc", registrationId });
  expect(invalid.status).toBe(400);
  expect(invalid.headers.get("content-type")).toMatch(/problem\+json/);

  standIn.clearFaults();
  const retried = await retry({ group: "excel-halsa", registrationId });
  expect(retried.status).toBe(202);
  expect(((await retried.json()) as SyncStatus).outbox).toMatchObject({ pending: 1, failing: 0, dead: 0, failures: [] });
  expect(await outbox.drain()).toMatchObject({ delivered: 1, failed: 0 });
  expect([...standIn.list(LIST_NAMES.registrations).items.values()].map((i) => [i.fields.RegistrationKey, i.fields.Title])).toEqual([[`excel-halsa/${registrationId}`, "Anna Andersson"]]);
  expect((await status()).outbox).toMatchObject({ pending: 0, dead: 0, failures: [] });

  const gone = await retry({ group: "excel-halsa", registrationId });
  expect(gone.status).toBe(404);
  expect(((await gone.json()) as { detail: string }).detail).toMatch(/^Det här väntar inte längre/);
});

it("dead-letters a course's write-back the same way, and a coordinator's retry writes the course", async () => {
  const body = {
    title: "Kurs som inte når listan", description: "", providerMemberId: PROVIDER.id, areas: ["sfi"], format: "on-site", receivingSites: [], seats: 10, audience: "Lärare", project: null, language: "sv",
    registrationDeadline: "2030-03-01T23:59:00+01:00", sessions: [{ start: "2030-03-10T09:00:00+01:00", end: "2030-03-10T12:00:00+01:00", place: "Sal 1", hours: 3 }],
  };
  const created = await api.send("POST", "/api/courses", { token: coordinator, body });
  expect(created.status).toBe(201);
  const { id } = (await created.json()) as { id: string };
  standIn.setFaults({ rate: 1, kinds: ["503"], retryAfterSeconds: 0, pathContains: `/lists/${standIn.list(LIST_NAMES.courses).id}/` });
  const outbox = api.services.sharepointOutbox!;

  expect(await outbox.drain()).toMatchObject({ failed: 1 });
  let failure = (await status()).outbox!.failures.find((f) => f.group === id)!;
  expect(failure).toMatchObject({ kind: "course", title: "Kurs som inte når listan", attempts: 1, dead: false });
  await new Promise((resolve) => setTimeout(resolve, Date.parse(failure.nextAttemptAt!) - Date.now() + 50));
  expect(await outbox.drain()).toMatchObject({ delivered: 0, failed: 1 });
  failure = (await status()).outbox!.failures.find((f) => f.group === id)!;
  expect(failure).toMatchObject({ kind: "course", attempts: 2, dead: true });
  expect(await outbox.drain()).toMatchObject({ delivered: 0, failed: 0 });

  standIn.clearFaults();
  expect((await retry({ group: id })).status).toBe(202);
  expect(await outbox.drain()).toMatchObject({ delivered: 1, failed: 0 });
  expect([...standIn.list(LIST_NAMES.courses).items.values()].filter((i) => i.fields.CourseKey === id).map((i) => i.fields.Title)).toEqual(["Kurs som inte når listan"]);
  expect((await status()).outbox).toMatchObject({ pending: 0, dead: 0, failures: [] });
});
