// Identity comes from the token (issue 15.2): a registration's person is the caller's token unless
// a coordinator registers someone else; its member is the directory's, the person's own
// declaration where the directory does not know her, or a coordinator's, and the registration
// says which. Every refused request reads storage back to show that nothing changed.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Course, Me, Registration } from "../../api/src/contract/index.js";
import { startApiHarness, type ApiHarness } from "../support/apiHarness.js";
import { storeFingerprint } from "../support/storeFingerprint.js";
import { courseInput, createCourse, problemOf, readCsv } from "./catalogueFixtures.js";

let api: ApiHarness;
let course: Course;
/** Someone the directory does not know (no contact has her e-mail). */
const newcomer = { oid: "0b1c2d3e-0000-4000-8000-0000000000e1", name: "Nora Nyanställd", email: "nora.ny@example.org" };

beforeAll(async () => {
  api = await startApiHarness();
  course = await createCourse(api, courseInput({ title: "Content Marketing för lärare", seats: 20 }));
});
afterAll(() => api?.close());

const fingerprint = () => storeFingerprint(api.services.config.storageConnectionString, api.services.config.tablePrefix);
const register = (body: unknown, token?: string) => api.send("POST", `/api/courses/${course.id}/registrations`, { body, ...(token ? { token } : {}) });
const listed = async () => (await (await api.get(`/api/courses/${course.id}/registrations`, { token: await api.token("coordinator") })).json()) as Registration[];

describe("a staff member registers as her token names her", () => {
  it("takes her member from the directory, which /api/me also tells the tab", async () => {
    expect(((await (await api.get("/api/me")).json()) as Me).memberId).toBe("larcenter-falkoping");
    const response = await register({});
    expect(response.status).toBe(201);
    const registration = (await response.json()) as Registration;
    expect(registration).toMatchObject({
      person: { name: "Lisa Lärare", email: "lisa.larare@example.org", memberId: "larcenter-falkoping" },
      memberSource: "directory",
    });
    expect(registration.registeredBy).toBeUndefined();
  });

  it("refuses any person in her request (400), whatever it names, and stores nothing", async () => {
    const token = await api.tokenFor(newcomer);
    const before = await fingerprint();
    const person = fc.record({
      id: fc.oneof(fc.constant(newcomer.oid), fc.uuid(), fc.string({ minLength: 1, maxLength: 30 })),
      name: fc.oneof(fc.constant("Sam Samordnare"), fc.string({ minLength: 1, maxLength: 40 })),
      email: fc.oneof(fc.constant("sam.samordnare@example.org"), fc.emailAddress()),
    });
    await fc.assert(
      fc.asyncProperty(person, fc.constantFrom(undefined, "dacapo-mariestad"), async (someone, memberId) => {
        const response = await register({ person: someone, ...(memberId ? { memberId } : {}) }, token);
        expect(response.status).toBe(400);
        const problem = await problemOf(response);
        // Either the person field is refused, or the body was invalid before that (an empty trimmed name).
        expect(problem.errors?.map((e) => e.field)).toContainEqual(expect.stringMatching(/^person/));
      }),
      { numRuns: 25 },
    );
    expect(await fingerprint()).toEqual(before);
  });

  it("refuses a member other than the one the directory knows her by (400), naming the directory's", async () => {
    const kim = await api.tokenFor({ oid: "0b1c2d3e-0000-4000-8000-0000000000e2", name: "Kim Kontakt", email: "lisa.larare@example.org" });
    const before = await fingerprint();
    const response = await register({ memberId: "dacapo-mariestad" }, kim);
    expect(response.status).toBe(400);
    const problem = await problemOf(response);
    expect(problem.errors).toEqual([{ field: "memberId", message: "not the directory's member" }]);
    expect(problem.detail).toContain("Lärcenter Falköping");
    expect(await fingerprint()).toEqual(before);
  });

  it("asks someone the directory does not know for her member, and records it as declared", async () => {
    const token = await api.tokenFor(newcomer);
    expect(((await (await api.get("/api/me", { token })).json()) as Me).memberId).toBeUndefined();
    const before = await fingerprint();
    const missing = await register({}, token);
    expect(missing.status).toBe(400);
    expect((await problemOf(missing)).errors).toEqual([{ field: "memberId", message: "required" }]);
    const unknown = await register({ memberId: "no-such-member" }, token);
    expect((await problemOf(unknown)).errors).toEqual([{ field: "memberId", message: "unknown member" }]);
    expect(await fingerprint()).toEqual(before);

    const declared = await register({ memberId: "dacapo-mariestad" }, token);
    expect(declared.status).toBe(201);
    expect((await declared.json()) as Registration).toMatchObject({
      person: { id: newcomer.oid, name: newcomer.name, email: newcomer.email, memberId: "dacapo-mariestad" },
      memberSource: "declared",
    });
  });
});

describe("coordinators see how the member was decided, and correct it", () => {
  it("records a coordinator who registers someone else, and the member she set", async () => {
    const response = await register({ person: { id: "extern-1", name: "Ebba Extern", email: "ebba@example.org" }, memberId: "larcenter-falkoping" }, await api.token("coordinator"));
    expect(response.status).toBe(201);
    const registration = (await response.json()) as Registration;
    expect(registration).toMatchObject({ person: { id: "extern-1", name: "Ebba Extern" }, memberSource: "coordinator", registeredBy: { name: "Sam Samordnare" } });
  });

  it("lists and exports the declared member, and lets a coordinator change it", async () => {
    const declared = (await listed()).find((r) => r.person.id === newcomer.oid)!;
    expect(declared.memberSource).toBe("declared");
    const [header, ...rows] = await readCsv(await api.get(`/api/courses/${course.id}/export?format=csv`, { token: await api.token("coordinator") }));
    const sourceColumn = header!.indexOf("Medlem enligt");
    expect(rows.find((r) => r[1] === newcomer.name)![sourceColumn]).toBe("Egen uppgift");
    expect(rows.find((r) => r[1] === "Lisa Lärare")![sourceColumn]).toBe("Medlemskatalogen");

    const token = await api.token("coordinator");
    const path = `/api/courses/${course.id}/registrations/${declared.id}`;
    const before = await fingerprint();
    expect((await problemOf(await api.send("PATCH", path, { token, body: { memberId: "no-such-member" } }))).status).toBe(400);
    expect((await problemOf(await api.send("PATCH", path, { token, body: { memberId: "dacapo-mariestad", person: { name: "x" } } }))).status).toBe(400);
    expect((await problemOf(await api.send("PATCH", `/api/courses/${course.id}/registrations/9999999`, { token, body: { memberId: "dacapo-mariestad" } }))).status).toBe(404);
    expect(await fingerprint()).toEqual(before);

    const changed = await api.send("PATCH", path, { token, body: { memberId: "larcenter-falkoping" } });
    expect(changed.status).toBe(200);
    expect((await changed.json()) as Registration).toMatchObject({ id: declared.id, status: "registered", person: { name: newcomer.name, memberId: "larcenter-falkoping" }, memberSource: "coordinator" });
    expect((await listed()).find((r) => r.id === declared.id)).toMatchObject({ person: { memberId: "larcenter-falkoping" }, memberSource: "coordinator" });
  });
});
