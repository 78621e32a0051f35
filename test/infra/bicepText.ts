// Reads Bicep as text (no compiler runs offline): params with their decorators, outputs, module
// calls and the keys of object literals. Comments and string contents are masked first, so a
// brace or a colon inside 'a string' or // a comment never counts.

export interface BicepParam {
  name: string;
  type: string;
  hasDefault: boolean;
  secure: boolean;
  minLength?: number;
  maxLength?: number;
  description?: string;
}

/** The text with comments blanked and string contents replaced by spaces; positions are kept. */
export function mask(text: string): string {
  const out = text.split("");
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (out[k] !== "\n") out[k] = " ";
  };
  // Returns the index after the closing quote; interpolations ${...} may hold strings themselves.
  const string = (i: number): number => {
    for (i++; i < text.length; ) {
      if (text[i] === "\\") i += 2;
      else if (text.startsWith("${", i)) i = interpolation(i + 2);
      else if (text[i] === "'") return i + 1;
      else i++;
    }
    return i;
  };
  const interpolation = (i: number): number => {
    for (let depth = 1; i < text.length; ) {
      if (text[i] === "'") i = string(i);
      else if (text[i] === "{") (depth++, i++);
      else if (text[i] === "}") {
        i++;
        if (--depth === 0) return i;
      } else i++;
    }
    return i;
  };
  for (let i = 0; i < text.length; ) {
    if (text.startsWith("//", i)) {
      const end = text.indexOf("\n", i);
      blank(i, end === -1 ? text.length : end);
      i = end === -1 ? text.length : end;
    } else if (text[i] === "'") {
      const end = string(i);
      blank(i + 1, end - 1);
      i = end;
    } else i++;
  }
  return out.join("");
}

export function params(text: string): BicepParam[] {
  const lines = text.split("\n");
  const found: BicepParam[] = [];
  lines.forEach((line, index) => {
    const m = /^param (\w+) (\w+)(\s*=.*)?$/.exec(line.trim());
    if (!m || !line.startsWith("param ")) return;
    const decorators: string[] = [];
    for (let k = index - 1; k >= 0 && lines[k]!.startsWith("@"); k--) decorators.push(lines[k]!);
    const number = (name: string) => {
      const d = decorators.map((x) => new RegExp(`^@${name}\\((\\d+)\\)`).exec(x)).find(Boolean);
      return d ? Number(d[1]) : undefined;
    };
    found.push({
      name: m[1]!,
      type: m[2]!,
      hasDefault: Boolean(m[3]),
      secure: decorators.some((d) => d.startsWith("@secure()")),
      minLength: number("minLength"),
      maxLength: number("maxLength"),
      description: decorators.map((d) => /^@description\('(.*)'\)$/.exec(d)?.[1]).find(Boolean),
    });
  });
  return found;
}

export function outputs(text: string): string[] {
  return [...mask(text).matchAll(/^output (\w+) /gm)].map((m) => m[1]!);
}

/** Keys (with their one-line value text) of the object literal whose `{` is at `open`. */
export function objectKeys(text: string, open: number): Map<string, string> {
  const masked = mask(text);
  const keys = new Map<string, string>();
  let depth = 0;
  for (let i = open; i < masked.length; i++) {
    const c = masked[i];
    if (c === "{" || c === "[" || c === "(") depth++;
    else if (c === "}" || c === "]" || c === ")") {
      if (--depth === 0) break;
    } else if (depth === 1 && (i === open + 1 || masked[i - 1] === "\n" || masked[i - 1] === "{")) {
      const lineEnd = masked.indexOf("\n", i);
      const line = masked.slice(i, lineEnd === -1 ? undefined : lineEnd);
      const m = /^\s*(\w+)\s*:/.exec(line);
      if (m) {
        const valueStart = i + m[0].length;
        keys.set(m[1]!, text.slice(valueStart, lineEnd === -1 ? undefined : lineEnd).trim());
      }
    }
  }
  return keys;
}

export interface ModuleCall {
  symbol: string;
  path: string;
  params: Map<string, string>;
}

export function moduleCalls(text: string): ModuleCall[] {
  const masked = mask(text);
  return [...text.matchAll(/^module (\w+) '([^']+)' = \{/gm)].map((m) => {
    const open = m.index! + m[0].length - 1;
    const body = objectKeys(text, open);
    const paramsAt = masked.indexOf("params: {", open);
    return {
      symbol: m[1]!,
      path: m[2]!,
      params: body.has("params") && paramsAt !== -1 ? objectKeys(text, paramsAt + "params: ".length) : new Map(),
    };
  });
}

/** UPPER_CASE keys (app settings, by this repo's convention) set in the statement `var <name> = ...`. */
export function settingsInVar(text: string, name: string): Map<string, string> {
  const masked = mask(text);
  const start = masked.search(new RegExp(`^var ${name} =`, "m"));
  if (start === -1) return new Map();
  // The statement ends at the next line that starts a new top-level statement.
  const rest = masked.slice(start + 1);
  const next = rest.search(/\n(?=[a-z@])/);
  const end = next === -1 ? masked.length : start + 1 + next;
  const settings = new Map<string, string>();
  for (let i = start; i < end; i++) {
    if (masked[i] !== "{") continue;
    for (const [key, value] of objectKeys(text, i)) if (/^[A-Z][A-Z0-9_]*$/.test(key)) settings.set(key, value);
  }
  return settings;
}
