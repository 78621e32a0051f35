// The write-back survives a crash: the outbox worker runs as its own process against Azurite and
// the Graph stand-in, is killed with SIGKILL right when the stand-in receives one of its creates
// (the item is made, the worker never hears of it), and is started again. Every registration then
// reaches the Anmälningar list exactly once, with the status the app decided.
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { afterAll, expect, inject, it } from "vitest";
import type { MemberDetail } from "../../api/src/contract/index.js";
import { loadConfig } from "../../api/src/config.js";
import type { CourseRecord } from "../../api/src/domain/catalogue/courseSchema.js";
import { silentLogger } from "../../api/src/logger.js";
import { sampleDirectory } from "../../api/src/sample/directory.js";
import { REGISTRATION_STATUS_LABELS } from "../../api/src/sharepoint/mapping/catalogueItems.js";
import { OutboxStore } from "../../api/src/sharepoint/outbox/outboxStore.js";
import { createServices } from "../../api/src/services.js";
import { STAND_IN_TOKEN, startGraphStandIn, type GraphStandIn } from "../graph-stand-in/index.js";
import { enterDirectory, LIST_NAMES, provisionDirectly } from "./support.js";

const root = join(import.meta.dirname, "../..");
const COURSES = 2;
const PER_COURSE = 15;
let standIn: GraphStandIn | undefined;
let worker: ChildProcess | undefined;

afterAll(async () => {
  if (worker?.exitCode === null) process.kill(-worker.pid!, "SIGKILL");
  await standIn?.close();
});

function startWorker(env: Record<string, string>): ChildProcess {
  const args = ["api/src/sharepoint/outbox/outboxWorkerMain.ts", "--interval-ms", "100", "--lease-ms", "1500"];
  return spawn(join(root, "node_modules/.bin/tsx"), args, { cwd: root, env: { ...process.env, ...env }, detached: true, stdio: "ignore" });
}

async function until(condition: () => Promise<boolean> | boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 50));
  }
}

const courseRecord = (id: string, provider: MemberDetail): CourseRecord => ({
  id,
  title: `Kurs ${id}`,
  description: "",
  providerMemberId: provider.id,
  providerName: provider.name,
  providerSubRegions: provider.subRegions,
  areas: [],
  format: "on-site",
  receivingSites: [],
  seats: 5,
  audience: "",
  project: null,
  language: "sv",
  status: "published",
  registrationDeadline: "2030-03-01T23:59:00+01:00",
  sessions: [{ id: "s1", start: "2030-03-10T09:00:00+01:00", end: "2030-03-10T12:00:00+01:00", hours: 3 }],
  createdAt: "2026-01-05T09:00:00+01:00",
  updatedAt: "2026-01-05T09:00:00+01:00",
  sample: false,
});

it("writes every registration to the list exactly once although the worker is killed mid-write-back", { timeout: 60_000 }, async () => {
  standIn = await startGraphStandIn();
  provisionDirectly(standIn);
  const members = sampleDirectory().slice(0, 2).map((m) => ({ ...m, sample: false }));
  const memberItems = enterDirectory(standIn, members);
  const env = {
    STORAGE_CONNECTION_STRING: inject("storage"),
    TABLE_PREFIX: `ob${process.pid}x${Math.random().toString(36).slice(2, 6)}`,
    GRAPH_BASE_URL: standIn.url,
    GRAPH_ACCESS_TOKEN: STAND_IN_TOKEN,
    SHAREPOINT_SITE: standIn.siteUrl,
  };
  const services = await createServices(loadConfig(env), silentLogger);
  const outbox = new OutboxStore(services.tables);

  // Courses are in the Utbildningar list (the worker finds their items by the indexed CourseKey).
  const courses = Array.from({ length: COURSES }, (_, i) => courseRecord(`kurs-${i + 1}`, members[0]!));
  for (const c of courses) {
    // Made in the list (fromList): the course itself is not the app's to write back.
    await services.courses.create(c, [], { fromList: true });
    standIn.createItem(LIST_NAMES.courses, { Title: c.title, CourseKey: c.id, ProviderLookupId: memberItems.get(c.providerMemberId), Format: "På plats", Status: "Publicerad", RegistrationDeadline: "2030-03-01T22:59:00Z" });
  }
  // Registrations made in Teams: 5 seats per course, the rest waitlisted; two cancellations per
  // course promote two from the waitlist. Each change wrote its outbox row in its transaction.
  for (const c of courses) {
    for (let n = 1; n <= PER_COURSE; n++) {
      const person = { id: `${c.id}-p${n}`, name: `Deltagare ${n}`, email: `p${n}.${c.id}@example.org`, memberId: members[n % 2]!.id };
      const outcome = await services.registrations.register(c, { person, createdBy: "coordinator", byCoordinatorForOther: true });
      expect(outcome.ok).toBe(true);
    }
    await services.registrations.cancel(c, "0000002");
    await services.registrations.cancel(c, "0000004");
  }
  const total = COURSES * PER_COURSE;
  expect((await outbox.status()).pending).toBe(total);

  // Killed when the stand-in receives the worker's 8th create: the item is made, never acknowledged.
  let creates = 0;
  let createdAtKill = -1;
  worker = startWorker(env);
  const killed = worker;
  standIn.onRequest(({ method, path }) => {
    if (method === "POST" && path.endsWith("/items") && ++creates === 8) {
      process.kill(-killed.pid!, "SIGKILL");
      createdAtKill = standIn!.list(LIST_NAMES.registrations).items.size + 1;
    }
  });
  await new Promise((resolve) => killed.once("exit", resolve));
  standIn.onRequest(undefined);
  expect(createdAtKill).toBe(8);
  const pendingAtKill = (await outbox.status()).pending;
  expect(pendingAtKill).toBeGreaterThan(0);
  expect(pendingAtKill).toBeLessThan(total);

  worker = startWorker(env);
  await until(async () => (await outbox.status()).pending === 0, 30_000);
  process.kill(-worker.pid!, "SIGTERM");

  const items = [...standIn.list(LIST_NAMES.registrations).items.values()].map((i) => i.fields);
  const perKey = new Map<string, number>();
  for (const f of items) perKey.set(`${f.CourseLookupId}/${f.RegistrationKey}`, (perKey.get(`${f.CourseLookupId}/${f.RegistrationKey}`) ?? 0) + 1);
  expect(items).toHaveLength(total);
  expect([...perKey.values()].every((n) => n === 1)).toBe(true);
  const courseItemOf = new Map([...standIn.list(LIST_NAMES.courses).items.values()].map((i) => [i.fields.CourseKey as string, i.id]));
  for (const c of courses) {
    const { registrations } = await services.registrations.list(c.id);
    const listed = items.filter((f) => f.CourseLookupId === courseItemOf.get(c.id));
    expect(listed.map((f) => [f.RegistrationKey, f.Status, f.PersonEmail]).sort()).toEqual(
      registrations.map((r) => [`${c.id}/${r.id}`, REGISTRATION_STATUS_LABELS[r.status], r.person.email]).sort(),
    );
    expect(registrations.filter((r) => r.status === "registered")).toHaveLength(5);
  }
});
