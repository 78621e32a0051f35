// Work per request is bounded for the fika (issue 15): only weekly and monthly rules are taken, a
// series is checked whole before it is saved (a refused one leaves storage as it was), a series
// stored with a rule from before these checks is listed as invalid and never expanded, and the
// timers pass it by. No timings here: the cost of the worst accepted rule is in `npm run bench`.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseFikaRule } from "@campus-westum/bot";
import { sendFikaNotices } from "../../api/src/bot/fikaNotices.js";
import { MAX_FIKA_SERIES, type FikaSeriesList, type ProblemDetails } from "../../api/src/contract/index.js";
import { startApiHarness, type ApiHarness } from "../support/apiHarness.js";
import { storeFingerprint } from "../support/storeFingerprint.js";

let api: ApiHarness;
let coordinator: string;

beforeAll(async () => {
  api = await startApiHarness();
  coordinator = await api.token("coordinator");
});
afterAll(() => api?.close());

const series = { title: "Digital fika", rrule: "FREQ=MONTHLY;BYDAY=+1TU", firstDate: "2026-01-01", time: "14:00", durationMinutes: 30, joinUrl: "https://teams.microsoft.com/l/meetup-join/fika" };
const fingerprint = () => storeFingerprint(api.services.config.storageConnectionString, api.services.config.tablePrefix);
const post = (body: unknown, lang = "sv") => api.send("POST", "/api/fika/series", { token: coordinator, body, headers: { "Accept-Language": lang } });
const list = async (lang = "sv") => (await (await api.get("/api/fika/series", { token: coordinator, headers: { "Accept-Language": lang } })).json()) as FikaSeriesList;

async function expectRefused(response: Response, field: string): Promise<ProblemDetails> {
  expect(response.status).toBe(400);
  expect(response.headers.get("content-type")).toMatch(/problem\+json/);
  const problem = (await response.json()) as ProblemDetails;
  expect(problem.errors?.map((e) => e.field)).toContain(field);
  return problem;
}

describe("fika series: only rules that stay bounded are stored", () => {
  it("refuses rules that repeat faster than weekly, in Swedish and English, storing nothing", async () => {
    const before = await fingerprint();
    for (const rrule of ["FREQ=SECONDLY", "FREQ=MINUTELY", "FREQ=HOURLY;INTERVAL=1", "FREQ=DAILY", "FREQ=YEARLY;BYMONTH=6"]) {
      const problem = await expectRefused(await post({ ...series, rrule }), "rrule");
      expect(problem.detail).toMatch(/FREQ=WEEKLY eller FREQ=MONTHLY/);
    }
    const english = await expectRefused(await post({ ...series, rrule: "FREQ=MINUTELY" }, "en"), "rrule");
    expect(english.detail).toMatch(/a fika repeats by week or by month/);
    expect(await fingerprint()).toEqual(before);
  });

  it("refuses a rule that gives no date, and dates that are not in the calendar or its years", async () => {
    const before = await fingerprint();
    const dateless = await expectRefused(await post({ ...series, rrule: "FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=30" }), "rrule");
    expect(dateless.detail).toMatch(/inget datum inom två år/);
    for (const firstDate of ["2026-02-30", "0000-00-00", "1999-12-31", "2101-01-01", "2026-13-01", "26-01-01"]) {
      await expectRefused(await post({ ...series, firstDate }), "firstDate");
    }
    for (const time of ["24:00", "14:60", "2 pm", "14:00:00"]) await expectRefused(await post({ ...series, time }), "time");
    expect(await fingerprint()).toEqual(before);
  });

  it("answers generated rules with 201 for accepted ones and 400 storing nothing for the rest", async () => {
    const part = fc.oneof(
      fc.constantFrom("FREQ=WEEKLY", "FREQ=MONTHLY", "FREQ=DAILY", "FREQ=MINUTELY", "FREQ=SECONDLY", "INTERVAL=2", "INTERVAL=0", "INTERVAL=1000000"),
      fc.constantFrom("BYDAY=+1TU", "BYDAY=MO,WE", "BYDAY=+9XX", "BYMONTHDAY=31", "BYMONTHDAY=30", "BYMONTH=2", "BYSETPOS=-1", "BYHOUR=0,1,2"),
      fc.constantFrom("COUNT=3", "COUNT=100000", "UNTIL=20270101", "UNTIL=20260230", "UNTIL=20270101T000000Z", "WKST=SU", "BYSECOND=1"),
    );
    const rule = fc.uniqueArray(part, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(";"));
    await fc.assert(
      fc.asyncProperty(rule, async (rrule) => {
        const before = await fingerprint();
        const response = await post({ ...series, rrule });
        if (response.status === 201) {
          expect(parseFikaRule(rrule).ok).toBe(true);
          const { id } = (await response.json()) as { id: string };
          await (await api.services.tables.table("fika")).deleteEntity("series", id);
        } else {
          expect(response.status, rrule).toBe(400);
          expect(await fingerprint()).toEqual(before);
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe("fika series stored before the rules were strict", () => {
  it("are listed as invalid without dates, passed by the timers, and can be corrected", async () => {
    const valid = (await (await post(series)).json()) as { id: string };
    const table = await api.services.tables.table("fika");
    const old = { title: "Fika varje sekund", rrule: "FREQ=SECONDLY", firstDate: "2026-01-01", time: "14:00", durationMinutes: 30, joinUrl: series.joinUrl, active: true, updatedAt: "2026-01-01T00:00:00+01:00" };
    await table.upsertEntity({ partitionKey: "series", rowKey: "fika-0badbad0", ...old }, "Replace");
    await table.upsertEntity({ partitionKey: "series", rowKey: "fika-0badbad1", ...old, rrule: "FREQ=MONTHLY;BYDAY=+1TU", firstDate: "2026-02-30" }, "Replace");

    const listed = await list("en");
    expect(listed.series.map((s) => s.id)).toEqual([valid.id]);
    expect(listed.series[0]!.upcoming).toHaveLength(3);
    expect(listed.invalid).toEqual([
      { id: "fika-0badbad0", title: old.title, rrule: "FREQ=SECONDLY", field: "rrule", problem: expect.stringMatching(/^FREQ=WEEKLY or FREQ=MONTHLY/), stored: { firstDate: "2026-01-01", time: "14:00", durationMinutes: 30, joinUrl: series.joinUrl, active: true } },
      { id: "fika-0badbad1", title: old.title, rrule: "FREQ=MONTHLY;BYDAY=+1TU", field: "firstDate", problem: expect.stringMatching(/^a date such as/), stored: { firstDate: "2026-02-30", time: "14:00", durationMinutes: 30, joinUrl: series.joinUrl, active: true } },
    ]);
    // The timer's run when an invitation is due: the valid series is invited to, the others passed by.
    const start = Date.parse("2026-02-03T14:00:00+01:00");
    const due = Date.parse("2026-01-27T14:00:00+01:00");
    expect((await sendFikaNotices(api.services, due - 30_000, due + 30_000)).map((s) => s.id)).toEqual([`fika-invite-${valid.id}-${start}`]);

    const corrected = await api.send("PUT", "/api/fika/series/fika-0badbad0", { token: coordinator, body: { ...series, title: old.title } });
    expect(corrected.status).toBe(200);
    expect((await list()).invalid.map((s) => s.id)).toEqual(["fika-0badbad1"]);
  });

  it("are counted against the most series a network keeps", async () => {
    const existing = (await list()).series.length + (await list()).invalid.length;
    for (let i = existing; i < MAX_FIKA_SERIES; i++) expect((await post({ ...series, title: `Fika ${i}` })).status).toBe(201);
    const before = await fingerprint();
    const refused = await post(series);
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as ProblemDetails).detail).toMatch(/Det finns redan 50 fikaserier/);
    expect(await fingerprint()).toEqual(before);
  });
});
