// F5 in Teams: env/.env.local, teamsapp.local.yml, .vscode/*.json, package.json and the scripts
// name the same ports and URLs (checks in localDebug.ts, each also shown failing on a broken
// variant); `npm run dev:teams` reads what the yml writes and says what is missing.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { apiRoutes } from "../../api/src/routes.js";
import { REQUIRED_SETTINGS, teamsSettings } from "../../scripts/lib/teamsLocal.mjs";
import { checkLocalDebug, parseJsonc, type LocalDebugFiles } from "./localDebug.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const read = (path: string) => readFileSync(join(root, path), "utf8");

const files: LocalDebugFiles = {
  envLocal: read("env/.env.local"),
  localYml: read("teamsapp.local.yml"),
  tasks: read(".vscode/tasks.json"),
  launch: read(".vscode/launch.json"),
  packageJson: read("package.json"),
  startScript: read("scripts/start.mjs"),
  devTeamsRequires: REQUIRED_SETTINGS,
  entraIdentifierUri: JSON.parse(read("appPackage/aad.manifest.json")).identifierUris[0],
  ssoResource: JSON.parse(read("appPackage/manifest.json")).webApplicationInfo.resource,
};

describe("local debugging in Teams: ports and URLs", () => {
  it("agree across env/.env.local, teamsapp.local.yml, .vscode, package.json and scripts/start.mjs", () => {
    expect(checkLocalDebug(files)).toEqual([]);
  });

  it("the API serves the bot at POST /api/messages, where botFramework/create points Teams", () => {
    const route = apiRoutes.find((r) => (r as unknown as { route: string }).route === "messages") as unknown as { methods: string[] } | undefined;
    expect(route?.methods).toContain("POST");
  });

  it("flag a tunnel to another port than the API's (the bot would never hear Teams)", () => {
    const tasks = files.tasks.replace('"portNumber": 7071', '"portNumber": 3978');
    expect(checkLocalDebug({ ...files, tasks })).toEqual(["the dev tunnel forwards to 3978, not the API's port 7071"].map((p) => `.vscode/tasks.json: ${p}`));
  });

  it("flag tabs served on another port than TAB_ENDPOINT, and an http endpoint", () => {
    const doc = parse(files.localYml);
    doc.deploy.find((a: { uses: string }) => a.uses === "file/createOrUpdateEnvironmentFile").with.envs.TABS_PORT = 5173;
    expect(checkLocalDebug({ ...files, localYml: stringify(doc) })).toContain("teamsapp.local.yml: .localConfigs TABS_PORT 5173 is not TAB_ENDPOINT's port 53000");
    const envLocal = files.envLocal.replace("TAB_ENDPOINT=https://", "TAB_ENDPOINT=http://");
    expect(checkLocalDebug({ ...files, envLocal }).join("\n")).toMatch(/TAB_ENDPOINT "http:\/\/localhost:53000" is not https/);
  });

  it("flag a .localConfigs without a setting dev:teams needs, and a launch task that does not exist", () => {
    const localYml = files.localYml.replace(/^\s+BOT_PASSWORD: .*\n/m, "");
    expect(checkLocalDebug({ ...files, localYml })).toEqual(["teamsapp.local.yml: .localConfigs lacks BOT_PASSWORD, which npm run dev:teams requires"]);
    const launch = files.launch.replaceAll('"preLaunchTask": "Start Campus Westum in Teams"', '"preLaunchTask": "Start"');
    expect(checkLocalDebug({ ...files, launch })).toHaveLength(2);
  });

  it("reads VS Code's JSON with comments, keeping // inside strings", () => {
    expect(parseJsonc('{\n  // a comment\n  "url": "https://x/y", /* more */ "n": [1,],\n}')).toEqual({ url: "https://x/y", n: [1] });
  });
});

describe("npm run dev:teams reads .localConfigs", () => {
  const written = [
    "API_PORT=7071",
    "TABS_PORT=53000",
    "SSL_CRT_FILE=/home/dev/.fx/certificate/localhost.crt",
    "SSL_KEY_FILE=/home/dev/.fx/certificate/localhost.key",
    "AAD_TENANT_IDS=11111111-2222-4333-8444-555555555555",
    "AAD_APP_CLIENT_ID=00000000-0000-4000-8000-000000000002",
    "AAD_APP_ID_URI=api://localhost:53000/00000000-0000-4000-8000-000000000002",
    "BOT_ID=00000000-0000-4000-8000-000000000004",
    "BOT_PASSWORD=secret",
    "BOT_APP_TYPE=MultiTenant",
    "GRAPH_TENANT_ID=11111111-2222-4333-8444-555555555555",
    "GRAPH_CLIENT_ID=00000000-0000-4000-8000-000000000002",
    "GRAPH_CLIENT_SECRET=secret",
    "SHAREPOINT_SITE=https://contoso.sharepoint.com/sites/campus-dev",
  ].join("\n");

  it("gives the API the identity settings and the tabs' server its port and certificate", () => {
    const settings = teamsSettings(written);
    expect(settings.apiPort).toBe(7071);
    expect(settings.tabsPort).toBe(53000);
    expect(Object.keys(settings.tabs).sort()).toEqual(["SSL_CRT_FILE", "SSL_KEY_FILE", "TABS_PORT"]);
    expect(settings.api).toMatchObject({ AAD_APP_CLIENT_ID: "00000000-0000-4000-8000-000000000002", BOT_APP_TYPE: "MultiTenant" });
    expect(settings.api).not.toHaveProperty("SSL_KEY_FILE");
  });

  it("names every missing setting and how to make them", () => {
    const partial = written.replace(/^BOT_PASSWORD=.*$/m, "BOT_PASSWORD=").replace(/^SSL_KEY_FILE=.*\n/m, "");
    expect(() => teamsSettings(partial)).toThrow(/lacks SSL_KEY_FILE, BOT_PASSWORD\. Set SHAREPOINT_SITE in env\/\.env\.local, then run `atk provision --env local` and `atk deploy --env local`/);
    // The API requires SharePoint with Entra settings: a .localConfigs from before says so at once.
    expect(() => teamsSettings(written.replace(/^SHAREPOINT_SITE=.*$/m, "SHAREPOINT_SITE="))).toThrow(/lacks SHAREPOINT_SITE\./);
  });
});
