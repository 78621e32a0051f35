// Runs of the bot's timers, one row each in Azure Tables (table "botTimers", RowKey = the
// timer's name): when it last completed, what it left for the next run (a cursor, a window's
// end), and whether a run holds it now. A run claims the row at the ETag it read, so of two
// instances whose timers fire together exactly one runs; a run that dies leaves its claim to
// expire and the next run starts again from the last completed state, so nothing is skipped.
// Timers therefore survive restarts and never double-fire.
import type { TableClient } from "@azure/data-tables";
import type { Tables } from "../store/tables.js";
import { isConflict, isMissing, isPreconditionFailed } from "./tableErrors.js";

const PARTITION = "timer";

interface TimerRow {
  completedAt: number;
  state: string;
  runningUntil: number;
}

export interface TimerClaim {
  name: string;
  /** When the last run completed (0: never). */
  completedAt: number;
  /** What the last completed run left for this one ("" at first). */
  state: string;
  etag: string;
}

export interface TimerSchedule {
  /** Runs closer together than half of this are the same run fired twice (two instances). */
  everyMs: number;
  /** How long a claim keeps other instances off; longer than a run takes. */
  leaseMs: number;
}

export type TimerOutcome = { ran: true; state: string } | { ran: false; reason: "busy" | "recent" | "lost" };

export class TimerRuns {
  constructor(private readonly tables: Tables) {}

  private table(): Promise<TableClient> {
    return this.tables.table("botTimers");
  }

  /** Claims the timer's next run at `now`; undefined when another instance runs it or just did. */
  async claim(name: string, now: number, schedule: TimerSchedule): Promise<TimerClaim | "busy" | "recent"> {
    const table = await this.table();
    const running = { runningUntil: now + schedule.leaseMs };
    let row: TimerRow & { etag: string };
    try {
      row = await table.getEntity<TimerRow>(PARTITION, name);
    } catch (error) {
      if (!isMissing(error)) throw error;
      try {
        const created = await table.createEntity({ partitionKey: PARTITION, rowKey: name, completedAt: 0, state: "", ...running });
        return { name, completedAt: 0, state: "", etag: created.etag! };
      } catch (createError) {
        if (isConflict(createError)) return "busy";
        throw createError;
      }
    }
    if (row.runningUntil > now) return "busy";
    if (now - row.completedAt < schedule.everyMs / 2) return "recent";
    try {
      const updated = await table.updateEntity({ partitionKey: PARTITION, rowKey: name, ...running }, "Merge", { etag: row.etag });
      return { name, completedAt: row.completedAt, state: row.state ?? "", etag: updated.etag! };
    } catch (error) {
      if (isPreconditionFailed(error)) return "busy";
      throw error;
    }
  }

  /** Records the run as completed with its state; false when its claim had expired and another took over. */
  async complete(claim: TimerClaim, now: number, state: string): Promise<boolean> {
    try {
      await (await this.table()).updateEntity({ partitionKey: PARTITION, rowKey: claim.name, completedAt: now, state, runningUntil: 0 }, "Merge", { etag: claim.etag });
      return true;
    } catch (error) {
      if (isPreconditionFailed(error)) return false;
      throw error;
    }
  }

  /** Gives the claim up after a failed run, so the next tick may try again at once. */
  async release(claim: TimerClaim): Promise<void> {
    await (await this.table()).updateEntity({ partitionKey: PARTITION, rowKey: claim.name, runningUntil: 0 }, "Merge", { etag: claim.etag }).catch(() => undefined);
  }

  /** Runs `job` if this instance wins the claim; the job gets the last completed run's time and state. */
  async runExclusive(name: string, now: number, schedule: TimerSchedule, job: (last: { completedAt: number; state: string }) => Promise<string>): Promise<TimerOutcome> {
    const claim = await this.claim(name, now, schedule);
    if (claim === "busy" || claim === "recent") return { ran: false, reason: claim };
    let state: string;
    try {
      state = await job({ completedAt: claim.completedAt, state: claim.state });
    } catch (error) {
      await this.release(claim);
      throw error;
    }
    return (await this.complete(claim, now, state)) ? { ran: true, state } : { ran: false, reason: "lost" };
  }
}
