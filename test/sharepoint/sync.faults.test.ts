// Faults: with 20% of requests failing (429/503) and delta tokens expiring in the middle of a
// sync, repeated syncs converge to exactly what a clean full sync gives, for random sequences
// of coordinators' edits (create, update, delete; some rows invalid).
// One nuance, by design: a row that was valid and is then edited into an invalid one keeps its
// last valid version (never erase good data), which a fresh full sync cannot know. So every
// run is compared with a fault-free sync that saw the same edits at the same moments, and
// with a fresh full sync whenever no edit turned a valid row invalid.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MemberDetail, SyncRun } from "../../api/src/contract/index.js";
import { startGraphStandIn, type GraphStandIn } from "../graph-stand-in/index.js";
import { contactFields, LIST_NAMES, memberFields, provisionDirectly, testSync } from "./support.js";

let standIn: GraphStandIn;
beforeAll(async () => {
  standIn = await startGraphStandIn();
  provisionDirectly(standIn);
});
afterAll(() => standIn?.close());

const REGIONS = ["fyrbodal", "skaraborg", "sjuharad", "goteborgsregionen", "halland"] as const;

type Edit =
  | { kind: "create-member"; n: number; region: number; invalid: boolean }
  | { kind: "create-contact"; member: number; n: number }
  | { kind: "update"; list: "members" | "contacts"; pick: number; n: number; invalid: boolean }
  | { kind: "delete"; list: "members" | "contacts"; pick: number };

const sometimes = fc.nat(9).map((n) => n === 0);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant("create-member" as const), n: fc.nat(999), region: fc.nat(4), invalid: sometimes }),
  fc.record({ kind: fc.constant("create-contact" as const), member: fc.nat(), n: fc.nat(999) }),
  fc.record({ kind: fc.constant("update" as const), list: fc.constantFrom("members" as const, "contacts" as const), pick: fc.nat(), n: fc.nat(999), invalid: sometimes }),
  fc.record({ kind: fc.constant("delete" as const), list: fc.constantFrom("members" as const, "contacts" as const), pick: fc.nat() }),
);

const member = (n: number, region: number): MemberDetail => ({
  id: `m-${n}`, name: `Lärcentrum ${n}`, subRegions: [REGIONS[region]!], municipalities: ["Borås"], areas: ["sfi"], systems: ["Teams"],
  techNetwork: n % 2 === 0, sample: false, projects: [], contacts: [],
});

function apply(e: Edit): void {
  const items = (list: "members" | "contacts") => [...standIn.list(LIST_NAMES[list]).items.keys()];
  const pick = (list: "members" | "contacts", i: number) => { const ids = items(list); return ids.length ? ids[i % ids.length] : undefined; };
  switch (e.kind) {
    case "create-member":
      standIn.createItem(LIST_NAMES.members, { ...memberFields(member(e.n, e.region)), ...(e.invalid ? { SubRegion: "Atlantis" } : {}) });
      return;
    case "create-contact": {
      const memberItem = pick("members", e.member) ?? "404";
      standIn.createItem(LIST_NAMES.contacts, contactFields({ id: `c-${e.n}`, memberId: "", name: `Person ${e.n}`, role: "larare", email: `p${e.n}@example.org`, techNetwork: false }, memberItem));
      return;
    }
    case "update": {
      const id = pick(e.list, e.pick);
      if (!id) return;
      const change = e.list === "members" ? { Title: e.invalid ? "" : `Omdöpt ${e.n}` } : { Email: e.invalid ? "inte-en-adress" : `ny${e.n}@example.org` };
      standIn.updateItem(LIST_NAMES[e.list], id, change);
      return;
    }
    case "delete": {
      const id = pick(e.list, e.pick);
      if (id) standIn.deleteItem(LIST_NAMES[e.list], id);
    }
  }
}

const directoryOf = async (store: ReturnType<typeof testSync>["members"]) => (await store.loadAll()).members.sort((a, b) => a.id.localeCompare(b.id));
const rejectedOf = (run: SyncRun) => run.rowsRejected.filter((r) => r.list === "members" || r.list === "contacts").map((r) => `${r.list}/${r.itemId}`).sort();

describe("sync under faults", () => {
  it("converges to a clean full sync despite 20% 429/503 and 410 mid-sync", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(edit, { maxLength: 10 }), { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 2 ** 30 }), async (rounds, seed) => {
        for (const list of standIn.model.site.lists) (list.items.clear(), list.tombstones.clear());
        const faulty = testSync(standIn, { pageSize: 3 });
        const stepped = testSync(standIn);
        let last: SyncRun | undefined;
        let steppedRun: SyncRun | undefined;
        for (const [i, edits] of rounds.entries()) {
          edits.forEach(apply);
          standIn.clearFaults();
          steppedRun = await stepped.sync.run("manual");
          expect(steppedRun.outcome).toBe("ok");
          standIn.setFaults({ rate: 0.2, kinds: ["429", "503"], retryAfterSeconds: 0, seed: seed + i });
          standIn.expireDeltaTokensAfter(1 + (seed % 4));
          for (let attempt = 0; attempt < 8 && (last = await faulty.sync.run("timer")).outcome !== "ok"; attempt++);
        }
        // One more run without new edits must also end in the same state (nothing left behind).
        last = await faulty.sync.run("timer");
        standIn.clearFaults();
        standIn.expireDeltaTokensAfter(Number.MAX_SAFE_INTEGER);
        const clean = testSync(standIn);
        const reference = await clean.sync.run("manual");
        expect(reference.outcome).toBe("ok");
        expect(await directoryOf(faulty.members)).toEqual(await directoryOf(stepped.members));
        expect(rejectedOf(last)).toEqual(rejectedOf(steppedRun!));
        if (!rounds.flat().some((e) => e.kind === "update" && e.invalid)) {
          expect(await directoryOf(faulty.members)).toEqual(await directoryOf(clean.members));
          expect(rejectedOf(last)).toEqual(rejectedOf(reference));
        }
      }),
      { numRuns: 8, endOnFailure: true },
    );
  }, 120_000);

  it("survives dropped connections", async () => {
    for (const list of standIn.model.site.lists) (list.items.clear(), list.tombstones.clear());
    standIn.createItem(LIST_NAMES.members, memberFields(member(1, 0)));
    const { sync, members } = testSync(standIn);
    standIn.enqueueFaults("drop", "drop", "503");
    const run = await sync.run("manual");
    standIn.clearFaults();
    expect(run.outcome).toBe("ok");
    expect((await directoryOf(members)).map((m) => m.id)).toEqual(["m-1"]);
  });
});
