// The Teams app package: manifest, localization files, icons, env files, the zip, and the
// toolkit files that must agree with them. Uses the same code as `npm run package`.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { unzipSync } from "fflate";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildAppPackage, localizationFiles, prepareAppPackage, readEnvironment } from "../scripts/app-package/build.js";
import { checkColorIcon, checkOutlineIcon } from "../scripts/app-package/icons.js";
import { MissingPlaceholderError, placeholdersIn, readEnvFile, renderPlaceholders } from "../scripts/app-package/placeholders.js";
import { validateLocalization, validateManifest, type Json } from "../scripts/app-package/validate.js";
import { drawColorIcon, drawOutlineIcon } from "../scripts/make-icons.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const appDir = join(root, "appPackage");
const readJson = (path: string): Json => JSON.parse(readFileSync(path, "utf8"));
const template = readJson(join(appDir, "manifest.json"));
const localEnv = readEnvironment(root, "local");
const manifest = renderPlaceholders(template, localEnv, "manifest.json");
const clone = <T>(value: T): T => structuredClone(value);

// Validation must never reach the internet: any fetch fails the test that caused it.
beforeAll(() => {
  vi.stubGlobal("fetch", () => Promise.reject(new Error("network access during validation")));
});
afterAll(() => {
  vi.unstubAllGlobals();
});

describe("manifest.json", () => {
  it("rendered with env/.env.local, passes the official v1.30 schema offline", async () => {
    expect(manifest.manifestVersion).toBe("1.30");
    expect(JSON.stringify(manifest)).not.toContain("${{");
    expect(await validateManifest(manifest)).toEqual([]);
  });

  it("rejects a manifest with an unknown field or a wrong value", async () => {
    const unknownField = { ...clone(manifest), botz: [] };
    expect((await validateManifest(unknownField)).join("\n")).toMatch(/additional properties.*botz/s);

    const wrongScope = clone(manifest);
    (wrongScope.bots as Json[])[0]!.scopes = ["everyone"];
    expect((await validateManifest(wrongScope)).join("\n")).toMatch(/\/bots\/0\/scopes\/0/);

    const notAGuid = { ...clone(manifest), id: "campus-westum" };
    expect((await validateManifest(notAGuid)).join("\n")).toMatch(/\/id .*pattern/);
  });

  it("rejects an SSO resource that does not match validDomains and the client id", async () => {
    const wrong = clone(manifest);
    (wrong.webApplicationInfo as Json).resource = "api://elsewhere.example.org/x";
    expect((await validateManifest(wrong)).join("\n")).toMatch(/webApplicationInfo.resource/);
  });

  it("declares the tabs, the channel tab and the bot the app is built around", () => {
    const tabs = manifest.staticTabs as { entityId: string; contentUrl?: string }[];
    expect(tabs.map((t) => t.entityId)).toEqual(["directory", "catalogue", "conversations", "about"]);
    expect(tabs[0]!.contentUrl).toBe(`${localEnv.TAB_ENDPOINT}/directory`);
    expect(tabs[1]!.contentUrl).toBe(`${localEnv.TAB_ENDPOINT}/catalogue`);
    const [config] = manifest.configurableTabs as { configurationUrl: string; scopes: string[] }[];
    expect(config!.configurationUrl).toBe(`${localEnv.TAB_ENDPOINT}/config/directory`);
    expect(config!.scopes).toEqual(["team", "groupChat"]);
    const [bot] = manifest.bots as { botId: string; commandLists: { scopes: string[] }[] }[];
    expect(bot!.botId).toBe(localEnv.BOT_ID);
    expect(bot!.commandLists.map((l) => l.scopes)).toEqual([["personal"], ["team"], ["groupChat"]]);
  });
});

describe("localization files", () => {
  const files = localizationFiles(manifest);

  it("are sv-SE (the default language, as a file too) and en", () => {
    expect(manifest.localizationInfo).toMatchObject({ defaultLanguageTag: "sv-SE", defaultLanguageFile: "sv-SE.json" });
    expect(files.map((f) => f.file)).toEqual(["sv-SE.json", "en.json"]);
  });

  it.each(["sv-SE.json", "en.json"])("%s passes the v1.30 localization schema and names only existing strings", async (file) => {
    expect(await validateLocalization(readJson(join(appDir, file)), manifest, file)).toEqual([]);
  });

  it("translates every command and tab name into English", () => {
    const en = readJson(join(appDir, "en.json"));
    expect(en["staticTabs[0].name"]).toBe("Members");
    expect(en["bots[0].commandLists[0].commands[0].title"]).toBe("help");
    expect(Object.keys(en).sort()).toEqual(Object.keys(readJson(join(appDir, "sv-SE.json"))).sort());
  });

  it("rejects a misspelt key and a key naming a tab that does not exist", async () => {
    const en = readJson(join(appDir, "en.json"));
    const misspelt = { ...en, "staticTab[0].name": "Members" };
    expect((await validateLocalization(misspelt, manifest, "en.json")).join("\n")).toMatch(/additional properties/);
    const missingTab = { ...en, "staticTabs[9].name": "Nothing" };
    expect(await validateLocalization(missingTab, manifest, "en.json")).toEqual([
      'en.json: key "staticTabs[9].name" names nothing in manifest.json',
    ]);
  });

  it("rejects a default-language file that drifted from manifest.json", async () => {
    const dir = mkdtempSync(join(tmpdir(), "app-package-"));
    try {
      for (const f of ["manifest.json", "color.png", "outline.png", "en.json"]) copyFileSync(join(appDir, f), join(dir, f));
      const sv = readJson(join(appDir, "sv-SE.json"));
      writeFileSync(join(dir, "sv-SE.json"), JSON.stringify({ ...sv, "staticTabs[0].name": "Medlemmarna" }));
      await expect(prepareAppPackage(dir, localEnv)).rejects.toThrow(/sv-SE.json: "staticTabs\[0\].name" differs/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("icons", () => {
  const color = readFileSync(join(appDir, "color.png"));
  const outline = readFileSync(join(appDir, "outline.png"));

  it("color.png is 192x192 on a solid background; outline.png is 32x32, white on transparent", () => {
    expect(PNG.sync.read(color)).toMatchObject({ width: 192, height: 192 });
    expect(PNG.sync.read(outline)).toMatchObject({ width: 32, height: 32 });
    expect(checkColorIcon(color)).toEqual([]);
    expect(checkOutlineIcon(outline)).toEqual([]);
  });

  it("rejects a coloured pixel, an opaque background or a wrong size in the outline icon", () => {
    const png = PNG.sync.read(outline);
    png.data.set([255, 0, 0, 255], (16 * 32 + 16) * 4); // a red pixel in the middle
    png.data.set([255, 255, 255, 255], 0); // an opaque corner
    expect(checkOutlineIcon(PNG.sync.write(png))).toEqual([
      "outline.png: the background (corners) must be fully transparent",
      "outline.png: 1 visible pixel(s) are not white (255,255,255)",
    ]);
    expect(checkOutlineIcon(color)).toEqual(["outline.png: must be 32x32, is 192x192"]);
  });

  it("are what scripts/make-icons.ts draws (the PNGs are not stale)", () => {
    expect(PNG.sync.write(drawColorIcon()).equals(color)).toBe(true);
    expect(PNG.sync.write(drawOutlineIcon()).equals(outline)).toBe(true);
  });
});

describe("placeholders and env files", () => {
  const used = [template, ...localizationFiles(template).map(({ file }) => readJson(join(appDir, file)))].flatMap(
    placeholdersIn,
  );
  const dev = readEnvFile(join(root, "env", ".env.dev"));

  it("every ${{PLACEHOLDER}} of the package has a value in env/.env.local", () => {
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((name) => !localEnv[name])).toEqual([]);
  });

  it("every ${{PLACEHOLDER}} of the package is declared in env/.env.dev (provision writes the values)", () => {
    expect(used.filter((name) => !(name in dev))).toEqual([]);
  });

  it("names every missing placeholder instead of building a broken package", () => {
    const { TAB_ENDPOINT: _, BOT_ID: __, ...partial } = localEnv;
    expect(() => renderPlaceholders(template, partial, "manifest.json")).toThrow(MissingPlaceholderError);
    expect(() => renderPlaceholders(template, partial, "manifest.json")).toThrow(
      "manifest.json: no value for ${{BOT_ID}}, ${{TAB_ENDPOINT}}",
    );
  });

  it("keeps secrets out of the committed env files", () => {
    for (const env of [localEnv, dev])
      expect(Object.entries(env).filter(([k, v]) => /SECRET|PASSWORD/i.test(k) && v !== "")).toEqual([]);
  });

  it.each(["teamsapp.yml", "teamsapp.local.yml"])("%s reads only variables the env file declares or an action writes", (file) => {
    const yml = readFileSync(join(root, file), "utf8");
    const env = file === "teamsapp.yml" ? dev : localEnv;
    const written = new Set([...yml.matchAll(/^\s+\w+: ([A-Z][A-Z0-9_]*)\s*(?:#.*)?$/gm)].map((m) => m[1]!));
    const read = [...yml.matchAll(/\$\{\{\s*([A-Z][A-Z0-9_]*)\s*\}\}/g)].map((m) => m[1]!);
    expect(yml).toMatch(/^version: v1\.7$/m);
    expect(read.filter((name) => !(name in env) && !written.has(name))).toEqual([]);
  });
});

describe("Entra app manifest (appPackage/aad.manifest.json)", () => {
  const aad = readJson(join(appDir, "aad.manifest.json")) as {
    identifierUris: string[];
    api: { oauth2PermissionScopes: { id: string; value: string }[]; preAuthorizedApplications: { appId: string; delegatedPermissionIds: string[] }[] };
  };

  it("exposes the identifier URI that the Teams manifest asks tokens for", () => {
    expect(aad.identifierUris).toEqual([(template.webApplicationInfo as Json).resource]);
  });

  it("preauthorizes the Teams, Microsoft 365 and Outlook clients for access_as_user", () => {
    const [scope] = aad.api.oauth2PermissionScopes;
    expect(scope!.value).toBe("access_as_user");
    const clients = aad.api.preAuthorizedApplications;
    expect(clients.map((c) => c.appId)).toEqual(
      expect.arrayContaining(["1fec8e78-bce4-4aaf-ab1b-5451cc387264", "5e3ce6c0-2b1f-4285-8d4b-75ee78787346"]),
    );
    for (const client of clients) expect(client.delegatedPermissionIds).toEqual([scope!.id]);
  });
});

describe("the zip", () => {
  let outDir: string;
  beforeAll(() => {
    outDir = mkdtempSync(join(tmpdir(), "app-package-"));
  });
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it("holds exactly manifest.json, the icons and the localization files, at the root", async () => {
    const { zipPath } = await buildAppPackage(root, "local", outDir);
    expect(zipPath).toBe(join(outDir, "appPackage.local.zip"));
    const entries = unzipSync(readFileSync(zipPath));
    expect(Object.keys(entries).sort()).toEqual(["color.png", "en.json", "manifest.json", "outline.png", "sv-SE.json"]);
    const zipped = JSON.parse(new TextDecoder().decode(entries["manifest.json"]));
    expect(zipped).toEqual(manifest);
    expect(Buffer.from(entries["color.png"]!).equals(readFileSync(join(appDir, "color.png")))).toBe(true);
  });

  it("is byte-for-byte reproducible", async () => {
    const first = readFileSync((await buildAppPackage(root, "local", outDir)).zipPath);
    const second = readFileSync((await buildAppPackage(root, "local", outDir)).zipPath);
    expect(first.equals(second)).toBe(true);
  });

  it("is not built for an environment whose ids are not provisioned yet", async () => {
    await expect(buildAppPackage(root, "dev", outDir)).rejects.toThrow(/no value for .*\$\{\{TEAMS_APP_ID\}\}/);
    await expect(buildAppPackage(root, "nowhere", outDir)).rejects.toThrow(/No env\/\.env\.nowhere/);
  });
});
