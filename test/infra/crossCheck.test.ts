// infra/ and the toolkit ymls, checked against each other as text (no Bicep compiler offline):
// outputs, parameters, environment variables, module calls, and the app settings that the API's
// own config loader needs in production. Each check also runs on a broken variant, so it can fail.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { SETTING_NAMES } from "../../api/src/config.js";
import { parse, stringify } from "yaml";
import { loadConfig } from "../../api/src/config.js";
import { settingsInVar } from "./bicepText.js";
import { checkModuleCalls, checkOutputsUsed, checkParameters, checkVariables, parseEnvFile } from "./crossCheck.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const read = (path: string) => readFileSync(join(root, path), "utf8");
const readInfra = (path: string) => read(join("infra", path));

const bicep = read("infra/azure.bicep");
const parameters = read("infra/azure.parameters.json");
const yml = read("teamsapp.yml");
const localYml = read("teamsapp.local.yml");
const devEnv = read("env/.env.dev");
const localEnv = read("env/.env.local");
const packageFiles = ["appPackage/manifest.json", "appPackage/aad.manifest.json", "appPackage/sv-SE.json", "appPackage/en.json"].map(read);

// Empty in the committed env files on purpose: the toolkit asks for the first two, an admin sets the
// SharePoint site (required: azure.bicep's sharePointSite has no default).
const devInputs = ["AZURE_SUBSCRIPTION_ID", "AZURE_RESOURCE_GROUP_NAME", "SHAREPOINT_SITE"];
// The tunnel to this machine and the developer's SharePoint site, set before `atk provision --env local`.
const localInputs = ["BOT_ENDPOINT", "SHAREPOINT_SITE"];

/** A read function that serves `replacement` for one path and the real files otherwise. */
const readWith = (path: string, replacement: string) => (p: string) => (p.replace(/^\.\//, "") === path ? replacement : read(p));

describe("teamsapp.yml and env/.env.dev", () => {
  it("read only variables that an earlier action (or the Bicep outputs) wrote, or that the env file provides", () => {
    expect(checkVariables(yml, devEnv, devInputs, read)).toEqual([]);
  });

  it("flags a Bicep output that the yml needs but Bicep no longer has", () => {
    const withoutTabDomain = bicep.replace(/^output TAB_DOMAIN .*$/m, "");
    const problems = checkVariables(yml, devEnv, devInputs, readWith("infra/azure.bicep", withoutTabDomain));
    expect(problems.join("\n")).toMatch(/aadApp\/update reads TAB_DOMAIN/);
  });

  it("flags a variable read before the action that writes it", () => {
    // aadApp/update (it reads TAB_DOMAIN through the Entra manifest) moved before arm/deploy.
    const doc = parse(yml) as { provision: { uses: string }[] };
    const update = doc.provision.findIndex((a) => a.uses === "aadApp/update");
    const deploy = doc.provision.findIndex((a) => a.uses === "arm/deploy");
    const [moved] = doc.provision.splice(update, 1);
    doc.provision.splice(deploy, 0, moved!);
    expect(checkVariables(stringify(doc), devEnv, devInputs, read).join("\n")).toMatch(/aadApp\/update reads TAB_DOMAIN/);
  });

  it("flags an env file that drops a variable an action writes", () => {
    const problems = checkVariables(yml, devEnv.replace(/^API_FUNCTION_APP_NAME=.*$/m, ""), devInputs, read);
    expect(problems).toContain("arm/deploy writes API_FUNCTION_APP_NAME, which the env file does not declare");
  });
});

describe("teamsapp.local.yml and env/.env.local", () => {
  it("read only variables that an earlier action wrote or that the env file provides", () => {
    expect(checkVariables(localYml, localEnv, localInputs, read)).toEqual([]);
  });
});

describe("infra/azure.bicep outputs", () => {
  it("are declared in env/.env.dev and read by the yml or the app package", () => {
    expect(checkOutputsUsed(bicep, devEnv, [yml, ...packageFiles])).toEqual([]);
  });

  it("flags a made-up output that nothing reads", () => {
    const problems = checkOutputsUsed(`${bicep}\noutput MADE_UP_ENDPOINT string = 'x'\n`, devEnv, [yml, ...packageFiles]);
    expect(problems).toEqual(["output MADE_UP_ENDPOINT is not declared in the env file", "output MADE_UP_ENDPOINT is read by nothing (yml, manifest, Entra manifest)"]);
  });
});

describe("infra/azure.parameters.json", () => {
  const env = parseEnvFile(devEnv);

  it("gives every parameter without a default a value, names only real parameters, and fits the bounds", () => {
    expect(checkParameters(bicep, parameters, env)).toEqual([]);
  });

  it("flags a missing value, an unknown name and an out-of-bounds resourceBaseName", () => {
    const json = JSON.parse(parameters) as { parameters: Record<string, unknown> };
    delete json.parameters.aadAppClientId;
    json.parameters.aadAppClientID = { value: "${{AAD_APP_CLIENT_ID}}" };
    const longSuffix = new Map([...env, ["RESOURCE_SUFFIX", "averyveryverylongsuffix"]]);
    expect(checkParameters(bicep, JSON.stringify(json), longSuffix).sort()).toEqual([
      "parameter aadAppClientId has no default and no value in the parameters file",
      'resourceBaseName = "cwdevaveryveryverylongsuffix" is longer than 16',
      "the parameters file sets aadAppClientID, which azure.bicep does not declare",
    ]);
  });
});

describe("infra/modules", () => {
  it("are called with every parameter they require and none they lack; every parameter is described", () => {
    expect(checkModuleCalls(bicep, readInfra)).toEqual([]);
  });

  it("flags a module call that misses a parameter", () => {
    const broken = bicep.replace(/^\s+deploymentContainer: deploymentContainer\n/m, "");
    expect(checkModuleCalls(broken, readInfra)).toEqual(["module storage (modules/storage.bicep) misses parameter deploymentContainer"]);
  });
});

describe("the Function App's settings", () => {
  const known: readonly string[] = SETTING_NAMES;
  const api = settingsInVar(bicep, "apiSettings");
  const sharePoint = settingsInVar(bicep, "sharePointSettings");
  const graphCredentials = [...settingsInVar(bicep, "graphSecretSetting").keys()];

  /** Sample values of the right shape for what Bicep computes; literals stay as written. */
  const sample = (settings: Map<string, string>) =>
    Object.fromEntries(
      [...settings].map(([key, value]) => {
        const literal = /^'([^'$]*)'$/.exec(value);
        if (literal) return [key, literal[1]!];
        if (/^'.*'$/.test(value)) return [key, value.slice(1, -1).replace(/\$\{[^}]*\}/g, "x")]; // 'api://${host}/${id}'

        if (/_IDS?$/.test(key)) return [key, "11111111-2222-4333-8444-555555555555"];
        if (/URL$/.test(key)) return [key, "https://func-cwdev1uf167.azurewebsites.net"];
        if (/^string\(/.test(value)) return [key, "40"]; // a number Bicep renders as text
        return [key, `<${value}>`];
      }),
    );

  it("are all settings the API's config knows", () => {
    const set = [...api.keys(), ...sharePoint.keys(), ...graphCredentials];
    expect(set.length).toBeGreaterThan(8);
    expect(set.filter((k) => !known.includes(k))).toEqual([]);
  });

  it("put the API in production mode with Entra, bot credentials, SharePoint and real storage", () => {
    const config = loadConfig(sample(new Map([...api, ...sharePoint, ["GRAPH_CLIENT_SECRET", settingsInVar(bicep, "graphSecretSetting").get("GRAPH_CLIENT_SECRET")!]])));
    expect(config.mode).toBe("production");
    expect(config.identity).toMatchObject({ kind: "entra", appIdUri: expect.stringMatching(/^api:\/\//) });
    expect(config.bot.auth).toMatchObject({ appType: "SingleTenant" });
    expect(config.storageConnectionString).not.toBe("UseDevelopmentStorage=true");
    expect(config.sharepoint).toMatchObject({ auth: { kind: "msal" } });
    // The site is a required parameter: without SharePoint the API would refuse to start.
    expect(() => loadConfig(sample(api))).toThrow(/SharePoint is required outside local mode/);
    expect(bicep).toMatch(/@minLength\(1\)\n@maxLength\(400\)\n@description\([^\n]*\)\nparam sharePointSite string\n/);
  });

  it.each(graphCredentials)("with a SharePoint site and %s, configure SharePoint completely", (credential) => {
    const settings = new Map([...api, ...sharePoint, [credential, settingsInVar(bicep, "graphSecretSetting").get(credential)!]]);
    expect(loadConfig(sample(settings)).sharepoint?.auth.kind).toBe("msal");
  });

  it("flag settings that leave the API in local mode", () => {
    const withoutTenant = new Map(api);
    withoutTenant.delete("AAD_TENANT_IDS");
    expect(() => loadConfig(sample(withoutTenant))).toThrow(/AAD_TENANT_IDS/);
    const withoutBotPassword = new Map(api);
    withoutBotPassword.delete("BOT_PASSWORD");
    expect(() => loadConfig(sample(withoutBotPassword))).toThrow(/BOT_PASSWORD/);
  });
});
