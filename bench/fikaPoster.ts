// A coordinator posting fika series over and over, in a process of her own (forked by the
// recurrence bench), so that her requests' JavaScript does not delay the health load's own
// event loop: in production her browser is not on the server either.
// Messages: { start: { url, headers, rule, ids } } begins posting; "stop" ends it and answers
// with what was posted, how it went and the CPU this process used.
import type { Recurrence } from "@campus-westum/bot";
import { MAX_FIKA_SERIES } from "../api/src/contract/index.js";
import { seriesBody } from "./fikaRules.js";
import { percentile, round } from "./stats.js";

export interface PosterStart {
  url: string;
  headers: Record<string, string>;
  rule: Recurrence;
  /** Series made by earlier rounds: new ones are made up to the network's most, then these are edited. */
  ids: string[];
  /** At most one post this often (a person's pace); none: the next as soon as the last is answered. */
  intervalMs?: number;
}

export interface PosterReport {
  ids: string[];
  requests: number;
  statuses: Record<string, number>;
  p50Ms: number;
  p99Ms: number;
  cpuMs: number;
}

let stopping = false;

async function post({ url, headers, rule, ids, intervalMs = 0 }: PosterStart): Promise<PosterReport> {
  const cpuSince = process.cpuUsage();
  const statuses: Record<string, number> = {};
  const times: number[] = [];
  const send = async (method: string, path: string, body: unknown) => {
    const start = performance.now();
    const response = await fetch(`${url}${path}`, { method, headers, body: JSON.stringify(body) });
    const text = await response.text();
    times.push(performance.now() - start);
    statuses[`${method} ${response.status}`] = (statuses[`${method} ${response.status}`] ?? 0) + 1;
    return { status: response.status, text };
  };
  while (!stopping) {
    const next = performance.now() + intervalMs;
    const body = seriesBody(rule, times.length);
    if (ids.length < MAX_FIKA_SERIES) {
      const created = await send("POST", "/api/fika/series", body);
      if (created.status === 201) ids.push((JSON.parse(created.text) as { id: string }).id);
    } else {
      await send("PUT", `/api/fika/series/${ids[times.length % ids.length]}`, body);
    }
    const wait = next - performance.now();
    if (wait > 0 && !stopping) await new Promise((resolve) => setTimeout(resolve, wait));
  }
  times.sort((a, b) => a - b);
  const cpu = process.cpuUsage(cpuSince);
  return { ids, requests: times.length, statuses, p50Ms: round(percentile(times, 50)), p99Ms: round(percentile(times, 99)), cpuMs: Math.round((cpu.user + cpu.system) / 1000) };
}

process.on("message", (message: { start?: PosterStart } | "stop") => {
  if (message === "stop") stopping = true;
  else if (message.start) {
    stopping = false;
    void post(message.start).then((report) => process.send!({ report }));
  }
});
