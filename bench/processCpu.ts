// CPU time another process has used so far (Linux /proc), to say where a run's CPU went.
import { readFileSync } from "node:fs";

/** Linux counts a process's CPU in clock ticks of 1/100 s (USER_HZ). */
const TICK_MS = 10;

/** User plus system CPU milliseconds of a process so far; NaN where /proc is missing. */
export function cpuMsOf(pid: number): number {
  try {
    // Fields after the command's closing parenthesis: state is the 3rd field, utime the 14th, stime the 15th.
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return NaN;
  }
}
