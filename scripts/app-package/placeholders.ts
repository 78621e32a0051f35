// Agents Toolkit placeholders: `${{NAME}}` (the toolkit also accepts spaces inside the braces).
// Values come from env/.env.<env>; we substitute them the way `atk` does, but offline.
import { readFileSync } from "node:fs";

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

export type EnvValues = Readonly<Record<string, string>>;

/** Reads a dotenv file: KEY=VALUE lines, `#` comments, optional surrounding quotes. */
export function readEnvFile(path: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const raw of readFileSync(path, "utf8").split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const eq = line.indexOf("=");
    if (eq < 1) throw new Error(`${path}: not a KEY=VALUE line: ${raw}`);
    const value = line.slice(eq + 1).trim();
    values[line.slice(0, eq).trim()] = value.replace(/^(["'])(.*)\1$/, "$2");
  }
  return values;
}

/** Every placeholder name used anywhere in a JSON value (sorted, unique). */
export function placeholdersIn(value: unknown): string[] {
  const names = new Set<string>();
  for (const match of JSON.stringify(value).matchAll(PLACEHOLDER)) names.add(match[1]!);
  return [...names].sort();
}

export class MissingPlaceholderError extends Error {
  constructor(
    readonly names: string[],
    readonly source: string,
  ) {
    super(`${source}: no value for ${names.map((n) => "${{" + n + "}}").join(", ")}`);
    this.name = "MissingPlaceholderError";
  }
}

/**
 * Substitutes placeholders in every string of a parsed JSON value (not in the raw text, so a value
 * can never break the JSON). An empty value counts as missing: the toolkit leaves ids empty until
 * provision fills them, and an empty id would only fail later, less clearly.
 */
export function renderPlaceholders<T>(value: T, env: EnvValues, source: string): T {
  const missing = placeholdersIn(value).filter((name) => !env[name]);
  if (missing.length > 0) throw new MissingPlaceholderError(missing, source);
  const render = (v: unknown): unknown => {
    if (typeof v === "string") return v.replace(PLACEHOLDER, (_, name: string) => env[name]!);
    if (Array.isArray(v)) return v.map(render);
    if (v !== null && typeof v === "object")
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, render(x)]));
    return v;
  };
  return render(value) as T;
}
