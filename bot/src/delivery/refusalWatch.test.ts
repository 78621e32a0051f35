import { describe, expect, it } from "vitest";
import { RefusalWatch } from "./refusalWatch.js";

describe("refusal watch", () => {
  it("stays quiet while refusals are a few among many answers", () => {
    const watch = new RefusalWatch({ window: 50, minRefusals: 10, share: 0.25 });
    // One refusal in ten answers, for a long time: 10% of the window.
    const alarms = Array.from({ length: 1000 }, (_, i) => watch.record(i % 10 === 0)).filter(Boolean);
    expect(alarms).toEqual([]);
  });

  it("raises the alarm once refusals reach their share, then needs fresh evidence", () => {
    const watch = new RefusalWatch({ window: 50, minRefusals: 10, share: 0.25 });
    for (let i = 0; i < 40; i++) expect(watch.record(false)).toBe(false);
    let refusals = 0;
    while (!watch.record(true)) refusals++;
    // 40 sent, then refusals: the alarm comes with the 13th (13 of the latest 50 >= 25%).
    expect(refusals + 1).toBe(13);
    expect(watch.refusedShare).toBe(0);
    expect(Array.from({ length: 9 }, () => watch.record(true)).some(Boolean)).toBe(false);
    expect(watch.record(true)).toBe(true);
  });
});
