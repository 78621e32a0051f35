// The checks behind localDebug.test.ts: local debugging in Teams (F5) works only when the ports
// and URLs named in env/.env.local, teamsapp.local.yml, .vscode/*.json, package.json and the
// scripts agree. Functions of file texts that return problems (empty = fine), so the test can
// feed them broken variants too.
import { parse } from "yaml";
import { parseEnvFile } from "./crossCheck.js";

export interface LocalDebugFiles {
  envLocal: string;
  localYml: string;
  /** .vscode/tasks.json and launch.json: JSON with // comments. */
  tasks: string;
  launch: string;
  packageJson: string;
  /** scripts/start.mjs: its default API port is the one the README and the Playground use. */
  startScript: string;
  /** The settings `npm run dev:teams` requires from .localConfigs (scripts/lib/teamsLocal.mjs). */
  devTeamsRequires: string[];
  /** The identifier URI the Entra manifest declares and the app manifest's SSO resource. */
  entraIdentifierUri: string;
  ssoResource: string;
}

/** JSON with // and /* comments (VS Code's files), read without a library: comments outside strings go. */
export function parseJsonc(text: string): any {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      const end = /"(?:[^"\\]|\\.)*"/y;
      end.lastIndex = i;
      const m = end.exec(text)!;
      out += m[0];
      i += m[0].length - 1;
    } else if (text.startsWith("//", i)) i = text.indexOf("\n", i) - 1;
    else if (text.startsWith("/*", i)) i = text.indexOf("*/", i) + 1;
    else out += c;
  }
  return JSON.parse(out.replace(/,(\s*[}\]])/g, "$1"));
}

interface Action {
  uses: string;
  with?: Record<string, any>;
  writeToEnvironmentFile?: Record<string, string>;
}

const portOf = (url: string) => Number(new URL(url).port || (url.startsWith("https:") ? 443 : 80));

export function checkLocalDebug(f: LocalDebugFiles): string[] {
  const problems: string[] = [];
  const env = parseEnvFile(f.envLocal);
  const yml = parse(f.localYml) as Record<string, Action[]>;
  const actions = [...(yml.provision ?? []), ...(yml.deploy ?? [])];
  const tasks = parseJsonc(f.tasks).tasks as { label: string; type?: string; command?: string; args?: any }[];
  const launch = parseJsonc(f.launch).configurations as { name: string; url?: string; preLaunchTask?: string }[];

  // The tabs: TAB_ENDPOINT is https on localhost, TAB_DOMAIN its host:port, and dev:teams serves that port.
  const tabEndpoint = env.get("TAB_ENDPOINT") ?? "";
  if (!/^https:\/\/localhost:\d+$/.test(tabEndpoint)) problems.push(`env/.env.local: TAB_ENDPOINT "${tabEndpoint}" is not https://localhost:<port> (Teams loads tabs only over HTTPS)`);
  const tabsPort = tabEndpoint ? portOf(tabEndpoint) : NaN;
  if (env.get("TAB_DOMAIN") !== `localhost:${tabsPort}`) problems.push(`env/.env.local: TAB_DOMAIN "${env.get("TAB_DOMAIN")}" is not TAB_ENDPOINT's host and port (localhost:${tabsPort})`);

  // What the deploy step writes for `npm run dev:teams`.
  const localConfigs = actions.find((a) => a.uses === "file/createOrUpdateEnvironmentFile" && a.with?.target === "./.localConfigs");
  const envs = (localConfigs?.with?.envs ?? {}) as Record<string, string | number>;
  if (!localConfigs) problems.push("teamsapp.local.yml writes no ./.localConfigs (file/createOrUpdateEnvironmentFile), which npm run dev:teams reads");
  for (const name of f.devTeamsRequires) if (!(name in envs)) problems.push(`teamsapp.local.yml: .localConfigs lacks ${name}, which npm run dev:teams requires`);
  if (Number(envs.TABS_PORT) !== tabsPort) problems.push(`teamsapp.local.yml: .localConfigs TABS_PORT ${envs.TABS_PORT} is not TAB_ENDPOINT's port ${tabsPort}`);
  const apiPort = Number(envs.API_PORT);
  if (envs.AAD_APP_ID_URI !== f.entraIdentifierUri) problems.push(`teamsapp.local.yml: AAD_APP_ID_URI ${envs.AAD_APP_ID_URI} is not the Entra manifest's identifier URI ${f.entraIdentifierUri}`);
  if (f.ssoResource !== f.entraIdentifierUri) problems.push(`appPackage/manifest.json: webApplicationInfo.resource ${f.ssoResource} is not the Entra identifier URI ${f.entraIdentifierUri}`);
  const certificate = actions.find((a) => a.uses === "devTool/install")?.writeToEnvironmentFile ?? {};
  for (const [output, name] of [["sslCertFile", "SSL_CRT_FILE"], ["sslKeyFile", "SSL_KEY_FILE"]] as const) {
    if (certificate[output] !== name) problems.push(`teamsapp.local.yml: devTool/install does not write ${output} to ${name}, which tabs/vite.config.ts reads`);
    if (envs[name] !== `\${{${name}}}`) problems.push(`teamsapp.local.yml: .localConfigs ${name} is not \${{${name}}}`);
  }

  // The bot: Teams posts to BOT_ENDPOINT/api/messages; the tunnel behind BOT_ENDPOINT forwards to the API's port.
  const bot = actions.find((a) => a.uses === "botFramework/create");
  if (bot?.with?.messagingEndpoint !== "${{BOT_ENDPOINT}}/api/messages") problems.push(`teamsapp.local.yml: botFramework/create messagingEndpoint is ${bot?.with?.messagingEndpoint}, not \${{BOT_ENDPOINT}}/api/messages`);
  const tunnel = tasks.find((t) => t.command === "debug-start-local-tunnel");
  const tunnelPorts = (tunnel?.args?.ports ?? []) as { portNumber: number; writeToEnvironmentFile?: Record<string, string> }[];
  if (tunnelPorts.length !== 1 || tunnelPorts[0]!.portNumber !== apiPort) problems.push(`.vscode/tasks.json: the dev tunnel forwards to ${tunnelPorts.map((p) => p.portNumber).join(", ") || "nothing"}, not the API's port ${apiPort}`);
  for (const name of Object.values(tunnelPorts[0]?.writeToEnvironmentFile ?? {})) if (!env.has(name)) problems.push(`.vscode/tasks.json: the tunnel writes ${name}, which env/.env.local does not declare`);
  if (tunnelPorts[0]?.writeToEnvironmentFile?.endpoint !== "BOT_ENDPOINT") problems.push(".vscode/tasks.json: the tunnel does not write its endpoint to BOT_ENDPOINT");
  const defaultApiPort = /API_PORT \?\? (\d+)/.exec(f.startScript)?.[1];
  if (Number(defaultApiPort) !== apiPort) problems.push(`scripts/start.mjs: the API's default port ${defaultApiPort} is not the Teams setup's ${apiPort}`);

  // Ports checked before F5, the command that starts the app, and the launch's task.
  const occupancy = (tasks.find((t) => t.command === "debug-check-prerequisites")?.args?.portOccupancy ?? []) as number[];
  for (const port of [apiPort, tabsPort]) if (!occupancy.includes(port)) problems.push(`.vscode/tasks.json: port ${port} is not among the ports checked before F5 (${occupancy.join(", ")})`);
  const start = tasks.find((t) => t.type === "shell");
  const script = /^npm run (\S+)$/.exec(start?.command ?? "")?.[1];
  const scripts = JSON.parse(f.packageJson).scripts as Record<string, string>;
  if (!script || !scripts[script]?.includes("--teams")) problems.push(`.vscode/tasks.json: "${start?.command}" is not an npm script that starts the app for Teams (scripts/start.mjs --teams)`);
  const labels = new Set(tasks.map((t) => t.label));
  for (const config of launch) {
    if (config.preLaunchTask && !labels.has(config.preLaunchTask)) problems.push(`.vscode/launch.json: ${config.name} runs the task "${config.preLaunchTask}", which tasks.json lacks`);
    for (const name of [...(config.url ?? "").matchAll(/\$\{\{local:([A-Z_]+)\}\}/g)].map((m) => m[1]!))
      if (!env.has(name)) problems.push(`.vscode/launch.json: ${config.name} reads ${name}, which env/.env.local does not declare`);
  }
  return problems;
}
