// The checks behind crossCheck.test.ts, as functions of file texts that return problems (empty =
// fine), so the tests can also feed them broken variants and see them fail.
import { parse } from "yaml";
import { moduleCalls, outputs, params } from "./bicepText.js";

export type ReadFile = (path: string) => string;

const placeholder = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
export const placeholdersIn = (text: string): string[] => [...new Set([...text.matchAll(placeholder)].map((m) => m[1]!))];

export function parseEnvFile(text: string): Map<string, string> {
  const env = new Map<string, string>();
  for (const line of text.split("\n")) {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (m) env.set(m[1]!, m[2]!.trim());
  }
  return env;
}

interface Action {
  uses: string;
  with?: Record<string, unknown>;
  writeToEnvironmentFile?: Record<string, string>;
}

interface Step {
  lifecycle: string;
  index: number;
  uses: string;
  reads: string[];
  writes: string[];
}

/** What each action of a toolkit yml reads and writes, including the files it renders. */
export function steps(ymlText: string, read: ReadFile): Step[] {
  const doc = parse(ymlText) as Record<string, Action[] | undefined>;
  return ["provision", "deploy", "publish"].flatMap((lifecycle) =>
    (doc[lifecycle] ?? []).map((action, index) => {
      const { writeToEnvironmentFile, ...rest } = action;
      const reads = placeholdersIn(JSON.stringify(rest));
      const writes = Object.values(writeToEnvironmentFile ?? {});
      const manifestPath = action.with?.manifestPath;
      if (typeof manifestPath === "string") {
        const manifest = read(manifestPath);
        // aadApp/update generates the ids of the permissions its manifest declares.
        const generated = action.uses === "aadApp/update" ? placeholdersIn(manifest).filter((n) => n.endsWith("_PERMISSION_ID")) : [];
        reads.push(...placeholdersIn(manifest).filter((n) => !generated.includes(n)));
        writes.push(...generated);
      }
      if (action.uses === "arm/deploy") {
        for (const t of (action.with?.templates ?? []) as { path: string; parameters?: string }[]) {
          if (t.parameters) reads.push(...placeholdersIn(read(t.parameters)));
          writes.push(...outputs(read(t.path)));
        }
      }
      return { lifecycle, index, uses: action.uses, reads: [...new Set(reads)], writes };
    }),
  );
}

/**
 * Every variable an action reads is written by an earlier action (deploy and publish run after
 * provision), has a value in the env file, or is one the admin sets or the toolkit asks for.
 * Every non-secret variable an action writes is declared in the env file, so the file lists them all.
 */
export function checkVariables(ymlText: string, envText: string, adminInputs: string[], read: ReadFile): string[] {
  const env = parseEnvFile(envText);
  const problems: string[] = [];
  const provided = new Set([...[...env].filter(([, v]) => v !== "").map(([k]) => k), ...adminInputs]);
  const all = steps(ymlText, read);
  const written = new Set<string>();
  for (const step of all) {
    for (const name of step.reads)
      if (!written.has(name) && !provided.has(name))
        problems.push(`${step.lifecycle}[${step.index}] ${step.uses} reads ${name}, which no earlier action writes and the env file leaves empty`);
    for (const name of step.writes) {
      written.add(name);
      if (!name.startsWith("SECRET_") && !env.has(name)) problems.push(`${step.uses} writes ${name}, which the env file does not declare`);
    }
  }
  for (const name of adminInputs) if (!env.has(name)) problems.push(`admin input ${name} is not declared in the env file`);
  return problems;
}

/** Each Bicep output is declared in the env file and read by the yml or the app package. */
export function checkOutputsUsed(bicepText: string, envText: string, readers: string[]): string[] {
  const env = parseEnvFile(envText);
  const used = new Set(readers.flatMap(placeholdersIn));
  return outputs(bicepText).flatMap((name) => [
    ...(env.has(name) ? [] : [`output ${name} is not declared in the env file`]),
    ...(used.has(name) ? [] : [`output ${name} is read by nothing (yml, manifest, Entra manifest)`]),
  ]);
}

/**
 * Parameters: each one without a default has a value in the parameters file; the file names only
 * real parameters; values fully known from the env file respect @minLength/@maxLength; every
 * parameter has a @description.
 */
export function checkParameters(bicepText: string, parametersJson: string, env: Map<string, string>): string[] {
  const declared = params(bicepText);
  const given = (JSON.parse(parametersJson) as { parameters: Record<string, { value: unknown }> }).parameters;
  const problems: string[] = [];
  for (const p of declared) {
    if (!p.hasDefault && !(p.name in given)) problems.push(`parameter ${p.name} has no default and no value in the parameters file`);
    if (!p.description) problems.push(`parameter ${p.name} has no @description`);
  }
  for (const [name, { value }] of Object.entries(given)) {
    const p = declared.find((d) => d.name === name);
    if (!p) {
      problems.push(`the parameters file sets ${name}, which azure.bicep does not declare`);
      continue;
    }
    if (typeof value !== "string") continue;
    const names = placeholdersIn(value);
    if (!names.every((n) => env.get(n))) continue; // filled in by an earlier action: unknown here
    const rendered = value.replace(placeholder, (_, n: string) => env.get(n)!);
    if (p.minLength !== undefined && rendered.length < p.minLength) problems.push(`${name} = "${rendered}" is shorter than ${p.minLength}`);
    if (p.maxLength !== undefined && rendered.length > p.maxLength) problems.push(`${name} = "${rendered}" is longer than ${p.maxLength}`);
  }
  return problems;
}

/** Each module call passes every parameter the module requires and no parameter it lacks. */
export function checkModuleCalls(bicepText: string, read: ReadFile): string[] {
  return moduleCalls(bicepText).flatMap((call) => {
    const declared = params(read(call.path));
    const missing = declared.filter((p) => !p.hasDefault && !call.params.has(p.name)).map((p) => `module ${call.symbol} (${call.path}) misses parameter ${p.name}`);
    const unknown = [...call.params.keys()].filter((k) => !declared.some((p) => p.name === k)).map((k) => `module ${call.symbol} passes ${k}, which ${call.path} does not declare`);
    const undescribed = declared.filter((p) => !p.description).map((p) => `${call.path}: parameter ${p.name} has no @description`);
    return [...missing, ...unknown, ...undescribed];
  });
}
