// The Microsoft 365 Agents Toolkit CLI itself, offline: its own yaml schema accepts both ymls,
// `atk validate` accepts the manifest, and `atk package` builds the local and dev packages. The CLI is
// installed apart from the app's dependencies (scripts/ensure-atk.mjs), once; a failed install
// fails this file with npm's message. Only commands that need no sign-in run here.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { atkDir, atkPackageDir, ensureAtk } from "../../scripts/ensure-atk.mjs";
import { parseEnvFile } from "./crossCheck.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const run = promisify(execFile);
const offline = ["--telemetry", "false", "--interactive", "false"];
let atk = "";
let work = "";

async function atkRun(args: string[]) {
  // A closed stdin: a command that would wait for a sign-in fails instead of hanging to the timeout.
  const child = run(atk, [...args, ...offline], { cwd: root, timeout: 60_000, env: { ...process.env, CI: "true" } });
  child.child.stdin?.end();
  return child;
}

beforeAll(() => {
  atk = ensureAtk();
  work = mkdtempSync(join(tmpdir(), "atk-"));
}, 240_000);
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("the toolkit's yaml schema (v1.7, shipped with the CLI)", () => {
  it.each(["teamsapp.yml", "teamsapp.local.yml"])("accepts %s", (file) => {
    const load = createRequire(join(atkDir, "node_modules", "/"));
    const Ajv = load("ajv") as new (o: object) => { compile(s: object): ((d: unknown) => boolean) & { errors?: unknown[] } };
    const schema = JSON.parse(readFileSync(join(atkPackageDir, "resource", "yaml-schema", "v1.7", "yaml.schema.json"), "utf8"));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const doc = parse(readFileSync(join(root, file), "utf8"));
    expect(doc.version).toBe("v1.7");
    expect(validate(doc) ? [] : validate.errors).toEqual([]);
  });
});

describe("atk validate", () => {
  it("accepts appPackage/manifest.json with the local env's values", async () => {
    const { stdout } = await atkRun(["validate", "--manifest-file", "appPackage/manifest.json", "--env", "local"]);
    expect(stdout).toMatch(/All passed/);
  }, 90_000);
});

describe("atk package --env local", () => {
  it("builds the package a developer sideloads for F5: tabs at https://localhost:53000, SSO for that domain", async () => {
    const local = parseEnvFile(readFileSync(join(root, "env", ".env.local"), "utf8"));
    const zip = join(work, "appPackage.local.zip");
    await atkRun(["package", "--env", "local", "--output-package-file", zip, "--output-folder", join(work, "build-local")]);

    const manifest = JSON.parse(new TextDecoder().decode(unzipSync(readFileSync(zip))["manifest.json"]));
    expect(manifest.staticTabs.map((t: { contentUrl: string }) => t.contentUrl)).toContain(`${local.get("TAB_ENDPOINT")}/directory`);
    expect(local.get("TAB_ENDPOINT")).toBe("https://localhost:53000");
    expect(manifest.validDomains).toContain("localhost:53000");
    expect(manifest.webApplicationInfo.resource).toBe(`api://localhost:53000/${local.get("AAD_APP_CLIENT_ID")}`);
    expect(manifest.bots[0].botId).toBe(local.get("BOT_ID"));
  }, 90_000);
});

describe("atk package --env dev", () => {
  it("builds the dev package from a temporary env file (env/.env.dev stays empty until provision)", async () => {
    // The local env's fake ids stand in for what provision writes; TEAMSFX_ENV stays "dev".
    const local = parseEnvFile(readFileSync(join(root, "env", ".env.local"), "utf8"));
    local.set("TEAMSFX_ENV", "dev");
    const envFile = join(work, ".env.dev");
    writeFileSync(envFile, [...local].map(([k, v]) => `${k}=${v}`).join("\n"));
    const zip = join(work, "appPackage.dev.zip");
    await atkRun(["package", "--env", "dev", "--env-file", envFile, "--output-package-file", zip, "--output-folder", join(work, "build")]);

    const entries = unzipSync(readFileSync(zip));
    expect(Object.keys(entries).sort()).toEqual(["color.png", "en.json", "manifest.json", "outline.png", "sv-SE.json"]);
    const manifest = JSON.parse(new TextDecoder().decode(entries["manifest.json"]));
    expect(manifest.id).toBe(local.get("TEAMS_APP_ID"));
    expect(manifest.bots[0].botId).toBe(local.get("BOT_ID"));
    expect(JSON.stringify(manifest)).not.toContain("${{");
  }, 90_000);
});
