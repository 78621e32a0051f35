// The HTTP edge's settings, part of the API's one validated configuration (config.ts calls this):
// which browser origins may call the API and how fast one person may write.
import { object, optional, type output } from "zod/mini";
import { list, matching, numberSetting, wholeNumberSetting } from "../settingSchemas.js";

const origin = matching(/^https?:\/\/[^/\s*]+$/, "an origin such as https://tabs.example.org (scheme and host, no path, no *)");

/** Spread into config.ts's schema, so a wrong value is reported like every other setting. */
export const httpSettings = {
  /** Origins of the tabs, comma-separated. Locally the tabs' dev server; in Azure the static site (TAB_ENDPOINT). */
  ALLOWED_ORIGINS: optional(list(origin, { tidy: (entry) => entry.replace(/\/+$/, "") })),
  TABS_PORT: wholeNumberSetting(1, 65535, 5173),
  /** Writes (POST, PUT, PATCH, DELETE) per person per minute, sustained, and the burst allowed above it. */
  WRITES_PER_MINUTE: numberSetting(1, 1_000_000, 60),
  WRITE_BURST: wholeNumberSetting(1, 1_000_000, 30),
};
const schema = object(httpSettings);

export interface HttpConfig {
  allowedOrigins: string[];
  writeLimit: { perMinute: number; burst: number };
}

export function httpConfigOf(c: output<typeof schema>, mode: "local" | "production"): HttpConfig {
  // Local mode: the tabs' dev server. Production: nothing cross-origin until ALLOWED_ORIGINS says so.
  const localOrigins = [`http://127.0.0.1:${c.TABS_PORT}`, `http://localhost:${c.TABS_PORT}`];
  return {
    allowedOrigins: c.ALLOWED_ORIGINS ?? (mode === "local" ? localOrigins : []),
    writeLimit: { perMinute: c.WRITES_PER_MINUTE, burst: c.WRITE_BURST },
  };
}
