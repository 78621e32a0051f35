// The building blocks of the settings' schemas (config.ts, bot/botConfig.ts, http/httpConfig.ts),
// and how a settings object is parsed. They use zod/mini rather than zod: a cold start builds
// some eighty of these schemas before it can answer anything, and zod/mini's cost about a
// quarter as much to build (docs/cold-start.md). Both are zod's one core, with the same checks
// and messages.
// Named imports only: the zod/mini namespace re-exports all of zod's core, which the bundle
// could then not leave out (70 KB more at start).
import { _default, array, coerce, int, maximum, minimum, minLength, pipe, regex, string, transform, type ZodMiniType } from "zod/mini";
import { zodMessages } from "./http/zodMessages.js";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A non-empty string (at least `min` characters). */
export const text = (min = 1, message?: string) => string().check(minLength(min, message));

export const guid = string().check(regex(GUID, "must be a GUID"));

/** A string matching `pattern`, described by `message` when it does not. */
export const matching = (pattern: RegExp, message: string) => string().check(regex(pattern, message));

/** A comma-separated list, trimmed (and `tidy`), empty entries dropped; each entry checked by `item`. */
export const list = <T extends ZodMiniType<unknown, string>>(item: T, options: { atLeast?: number; tidy?: (entry: string) => string } = {}) =>
  pipe(
    pipe(
      string(),
      transform((s) => s.split(",").map((x) => (options.tidy ?? String)(x.trim())).filter(Boolean)),
    ),
    options.atLeast ? array(item).check(minLength(options.atLeast)) : array(item),
  );

/** A number from the environment's text, within [min, max], `fallback` when unset. */
export const numberSetting = (min: number, max: number, fallback: number) => _default(coerce.number().check(minimum(min), maximum(max)), fallback);

/** A whole number from the environment's text, within [min, max], `fallback` when unset. */
export const wholeNumberSetting = (min: number, max: number, fallback: number) => _default(coerce.number().check(int(), minimum(min), maximum(max)), fallback);

/**
 * Parses the environment once: without zod's compiled fast path (it costs more to compile than a
 * single parse saves) and with English messages whatever else set zod's language.
 */
export function parseSettings<T extends ZodMiniType>(schema: T, env: Record<string, string | undefined>) {
  return schema.safeParse(env, { jitless: true, error: zodMessages.en }) as ReturnType<T["safeParse"]>;
}
