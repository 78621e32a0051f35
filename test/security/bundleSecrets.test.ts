// The tabs' bundle is public: everything in it can be read by anyone who opens the tab. This scans
// a production build for secrets and for the names of the server's settings (a sign that server
// code or its configuration leaked into the browser build). It reuses the browser tests' build in
// .test-data/tabs-dist when there is one, or builds the tabs into a temporary folder.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SETTING_NAMES } from "../../api/src/config.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const reused = join(root, ".test-data/tabs-dist");
const AZURITE_ACCOUNT_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

const SECRET_PATTERNS: { name: string; pattern: RegExp }[] = [
  { name: "private key or certificate (PEM)", pattern: /-----BEGIN [A-Z ]+-----/ },
  { name: "storage connection string", pattern: /AccountKey=|SharedAccessSignature=|DefaultEndpointsProtocol=|UseDevelopmentStorage=true/i },
  { name: "Azurite's well-known account key", pattern: new RegExp(AZURITE_ACCOUNT_KEY.slice(0, 24).replace(/[/+]/g, "\\$&")) },
  { name: "Application Insights connection string", pattern: /InstrumentationKey=[0-9a-f-]{36}/i },
  { name: "Entra client secret", pattern: /[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34}/ },
  { name: "a SECRET_ setting", pattern: /SECRET_[A-Z_]+/ },
  { name: "JWT", pattern: /eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/ },
  { name: "bearer token in code", pattern: /["'`]Bearer [A-Za-z0-9\-_.]{20,}/ },
];

/** The server's settings, as its configuration schemas name them (api/src/config.ts and its parts). */
function serverSettingNames(): string[] {
  // TABS_PORT is the tabs' own dev-server port, shared with vite.config.ts, not a server secret.
  return SETTING_NAMES.filter((name) => name !== "TABS_PORT");
}

function findings(text: string, settingNames: readonly string[]): string[] {
  const found = SECRET_PATTERNS.filter(({ pattern }) => pattern.test(text)).map(({ name }) => name);
  const settings = settingNames.filter((name) => new RegExp(`\\b${name}\\b`).test(text));
  return [...found, ...settings.map((name) => `server setting ${name}`)];
}

function filesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesIn(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

let dist: string;
let temporary: string | undefined;

beforeAll(() => {
  if (existsSync(join(reused, "index.html"))) {
    dist = reused;
    return;
  }
  temporary = mkdtempSync(join(tmpdir(), "tabs-dist-"));
  const result = spawnSync(join(root, "node_modules/.bin/vite"), ["build", "--outDir", temporary, "--emptyOutDir", "--logLevel", "warn"], {
    cwd: join(root, "tabs"),
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`building the tabs failed:\n${result.stdout}\n${result.stderr}`);
  dist = temporary;
}, 180_000);
afterAll(() => {
  if (temporary) rmSync(temporary, { recursive: true, force: true });
});

describe("the tabs' bundle", () => {
  const settingNames = serverSettingNames();

  it("knows the server's settings it looks for", () => {
    expect(settingNames).toEqual(expect.arrayContaining(["STORAGE_CONNECTION_STRING", "GRAPH_CLIENT_SECRET", "GRAPH_CERTIFICATE_PEM", "BOT_PASSWORD", "APPLICATIONINSIGHTS_CONNECTION_STRING", "ALLOWED_ORIGINS", "CALENDAR_LINK_KEY"]));
    expect(settingNames.length).toBeGreaterThan(40);
  });

  it("has a scanner that finds what it should (planted secrets)", () => {
    const planted = [
      "-----BEGIN PRIVATE KEY-----",
      `DefaultEndpointsProtocol=https;AccountName=x;AccountKey=${AZURITE_ACCOUNT_KEY}`,
      "const s = 'abc8Q~aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'",
      "process.env.SECRET_AAD_APP_CLIENT_SECRET",
      "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlc2lnbmF0dXJl",
      "process.env.GRAPH_CLIENT_SECRET",
    ];
    for (const text of planted) expect(findings(text, settingNames), text).not.toEqual([]);
    expect(findings("const storageKey = 'campus.filters'; fetch('/api/members')", settingNames)).toEqual([]);
  });

  it("contains no secrets and no server setting names, in any file", () => {
    const files = filesIn(dist).filter((file) => [".js", ".mjs", ".html", ".css", ".json", ".map", ".txt"].includes(extname(file)));
    expect(files.some((file) => file.endsWith(".js"))).toBe(true);
    const report = files.flatMap((file) => findings(readFileSync(file, "utf8"), settingNames).map((finding) => `${file.slice(dist.length)}: ${finding}`));
    expect(report).toEqual([]);
  });
});
