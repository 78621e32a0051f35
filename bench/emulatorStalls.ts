// Watches Azurite for pauses in which it answers nothing: one tiny table read every 200 ms,
// timed. Azurite runs every request on one thread, and about once a minute its queue clean-up
// (mark and sweep of message extents) holds that thread for seconds when thousands of messages
// have come and gone. The bench reports its rates with and without those pauses.
import type { Tables } from "../api/src/store/tables.js";

export interface Stall {
  /** performance.now() when the read was sent and when its answer came. */
  from: number;
  to: number;
}

/** A read that takes longer than this means the emulator was busy with something else. */
const STALL_MS = 1000;
const EVERY_MS = 200;

export async function watchEmulator(tables: Tables): Promise<{ stop(): Promise<Stall[]> }> {
  const table = await tables.table("stallprobe");
  await table.upsertEntity({ partitionKey: "probe", rowKey: "probe" });
  const stalls: Stall[] = [];
  let watching = true;
  const loop = (async () => {
    while (watching) {
      const from = performance.now();
      await table.getEntity("probe", "probe");
      const to = performance.now();
      if (to - from > STALL_MS) stalls.push({ from, to });
      await new Promise((r) => setTimeout(r, EVERY_MS));
    }
  })();
  return {
    async stop() {
      watching = false;
      await loop;
      return stalls;
    },
  };
}

/** Milliseconds of `stalls` that fall between `from` and `to`. */
export function stalledMs(stalls: Stall[], from: number, to: number): number {
  return stalls.reduce((sum, s) => sum + Math.max(0, Math.min(s.to, to) - Math.max(s.from, from)), 0);
}

export const inStall = (stalls: Stall[], at: number) => stalls.some((s) => at >= s.from && at <= s.to);
