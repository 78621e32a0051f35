// Local debugging in a real Teams client (`npm run dev:teams`): the settings that
// `atk deploy --env local` (teamsapp.local.yml, its file/createOrUpdateEnvironmentFile action)
// writes to .localConfigs (git-ignored: it holds the bot's secret), read and checked here, then
// split between the API's local host (Entra ID and the bot's identity) and the tabs' server
// (HTTPS with the toolkit's trusted development certificate).
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const LOCAL_CONFIGS = ".localConfigs";

/** What the tabs' server takes; everything else goes to the API. */
const TABS_SETTINGS = ["TABS_PORT", "SSL_CRT_FILE", "SSL_KEY_FILE"];
// With Entra settings the API requires SharePoint too (api/src/config.ts).
export const REQUIRED_SETTINGS = ["API_PORT", ...TABS_SETTINGS, "AAD_TENANT_IDS", "AAD_APP_CLIENT_ID", "AAD_APP_ID_URI", "BOT_ID", "BOT_PASSWORD", "GRAPH_TENANT_ID", "GRAPH_CLIENT_ID", "GRAPH_CLIENT_SECRET", "SHAREPOINT_SITE"];

/** KEY=VALUE lines as the toolkit writes them; # comments and blank lines are skipped. */
export function parseEnvText(text) {
  const values = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=(.*)$/.exec(line);
    if (match) values[match[1]] = match[2].trim().replace(/^"(.*)"$/, "$1");
  }
  return values;
}

/** The settings, or an error that says which are missing and how to make them. */
export function teamsSettings(text) {
  const values = parseEnvText(text);
  const missing = REQUIRED_SETTINGS.filter((name) => !values[name]);
  if (missing.length > 0) {
    throw new Error(
      `${LOCAL_CONFIGS} lacks ${missing.join(", ")}. Set SHAREPOINT_SITE in env/.env.local, then run \`atk provision --env local\` and \`atk deploy --env local\` ` +
        "(or F5 in VS Code with the Agents Toolkit) after emptying the fake ids in env/.env.local; see docs/setup.md.",
    );
  }
  const tabs = Object.fromEntries(TABS_SETTINGS.map((name) => [name, values[name]]));
  const api = Object.fromEntries(Object.entries(values).filter(([name]) => !TABS_SETTINGS.includes(name)));
  // The toolkit writes no key for the cards' calendar links: one made per start (links die with it).
  api.CALENDAR_LINK_KEY ??= randomBytes(32).toString("base64url");
  return { apiPort: Number(values.API_PORT), tabsPort: Number(values.TABS_PORT), api, tabs };
}

export function readTeamsSettings(root) {
  const file = join(root, LOCAL_CONFIGS);
  if (!existsSync(file)) {
    throw new Error(`${LOCAL_CONFIGS} is missing: \`npm run dev:teams\` needs the settings \`atk deploy --env local\` writes there (see docs/setup.md, "Debugging in Teams").`);
  }
  return teamsSettings(readFileSync(file, "utf8"));
}
