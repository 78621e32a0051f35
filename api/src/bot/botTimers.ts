// The bot's timers: each a job of (services, its last completed run, now) that returns the state
// for the next run. The Functions app fires them from one timer trigger, the local host from an
// interval; either way every job runs through its claimed row (timerRuns.ts), so instances that
// fire together run it once.
import type { Services } from "../services.js";
import { botServicesOf } from "./botServices.js";
import { pumpCourseEvents } from "./courseEventPump.js";
import { firstCursor } from "./eventCursor.js";
import { sendFikaNotices } from "./fikaNotices.js";
import { sendNeedsAutoReminders } from "./needs/needsAutoReminder.js";
import { pumpNeedsEvents } from "./needs/needsPump.js";
import { pumpNetworkEvents } from "./networkEventPump.js";
import { sendNetworkEventReminders } from "./networkEventReminders.js";
import { sendSessionReminders } from "./sessionReminders.js";
import type { TimerOutcome } from "./timerRuns.js";

export interface BotTimer {
  name: string;
  run(services: Services, last: { completedAt: number; state: string }, now: number): Promise<string>;
}

/** A pump that reads change records after its cursor; the first run ever starts at the lag window, not at the dawn of the records. */
const pump = (name: string, run: (services: Services, cursor: string) => Promise<{ cursor: string }>): BotTimer => ({
  name,
  run: async (services, last, now) => (await run(services, last.completedAt > 0 ? last.state : firstCursor(now))).cursor,
});

/** A job that sends what falls due between its last completed run (one interval back on the very first run) and now. */
const dueSince = (name: string, run: (services: Services, since: number, now: number) => Promise<unknown>): BotTimer => ({
  name,
  run: async (services, last, now) => {
    await run(services, last.completedAt > 0 ? last.completedAt : now - services.config.bot.timerMs, now);
    return "";
  },
});

export const botTimers: BotTimer[] = [
  pump("courseEvents", pumpCourseEvents),
  dueSince("sessionReminders", sendSessionReminders),
  pump("networkEvents", pumpNetworkEvents),
  dueSince("networkEventReminders", sendNetworkEventReminders),
  dueSince("fika", sendFikaNotices),
  pump("needsEvents", pumpNeedsEvents),
  dueSince("needsReminders", sendNeedsAutoReminders),
];

/** A claim outlives any run: a fan-out to 50,000 chats takes a minute or two. */
const LEASE_MS = 10 * 60_000;

/** Runs every bot timer once (those another instance runs or just ran are skipped). */
export async function runBotTimers(services: Services, now = services.now(), timers: BotTimer[] = botTimers): Promise<Record<string, TimerOutcome | { ran: false; reason: "failed"; error: string }>> {
  const runs = botServicesOf(services).timerRuns;
  const schedule = { everyMs: services.config.bot.timerMs, leaseMs: LEASE_MS };
  const outcomes: Record<string, TimerOutcome | { ran: false; reason: "failed"; error: string }> = {};
  for (const timer of timers) {
    try {
      outcomes[timer.name] = await runs.runExclusive(timer.name, now, schedule, (last) => timer.run(services, last, now));
    } catch (error) {
      services.log.error("bot timer failed", { timer: timer.name, error: String(error) });
      outcomes[timer.name] = { ran: false, reason: "failed", error: String(error) };
    }
  }
  return outcomes;
}
