// `npm start`: the whole app on this machine with sample data. Installs what is missing (Node.js
// 22 too), starts Azurite (data kept in .data/, git-ignored), the API's local host, the tabs and
// the Agents Playground for the bot, then prints where everything is. Ctrl-C stops all of it;
// the next start keeps the data.
//   npm start          the tabs' production build, built again only when their sources changed,
//                      so a page opens in about a second (scripts/lib/tabsBuild.mjs says why)
//   npm run dev        (--dev) Vite's dev server with hot reload instead; pages load in ~10 s
//   npm run dev:teams  (--teams) for a real Teams client: the settings of `atk deploy --env local`
//                      (.localConfigs): Entra ID and the bot's identity for the API, the tabs over
//                      HTTPS; no Playground (Teams reaches the bot through the dev tunnel)
import { join } from "node:path";
import { ensureSetup, root } from "./lib/setup.mjs";

const started = performance.now();
await ensureSetup();
const { isPortFree, startApi, startAzurite, startService, waitForHttp, waitForPort } = await import("./lib/processes.mjs");
const { ensureTabsBuild } = await import("./lib/tabsBuild.mjs");
const { readTeamsSettings } = await import("./lib/teamsLocal.mjs");

const devServer = process.argv.includes("--dev");
const teams = process.argv.includes("--teams") ? teamsSettingsOrExit() : undefined;
const dataDir = process.env.CAMPUS_DATA_DIR ?? join(root, ".data");
const ports = {
  blobPort: Number(process.env.AZURITE_BLOB_PORT ?? 10000),
  queuePort: Number(process.env.AZURITE_QUEUE_PORT ?? 10001),
  tablePort: Number(process.env.AZURITE_TABLE_PORT ?? 10002),
  api: teams?.apiPort ?? Number(process.env.API_PORT ?? 7071),
  tabs: teams?.tabsPort ?? Number(process.env.TABS_PORT ?? 5173),
  ...(teams ? {} : { playground: Number(process.env.PLAYGROUND_PORT ?? 56150) }),
};
const services = [];
let stopping = false;

function teamsSettingsOrExit() {
  try {
    return readTeamsSettings(root);
  } catch (error) {
    console.error(`\nnpm run dev:teams: ${error.message}`);
    process.exit(1);
  }
}

async function stopAll(code) {
  if (stopping) return;
  stopping = true;
  console.log("\nStopping...");
  for (const service of services.reverse()) await service.stop();
  process.exit(code);
}
process.on("SIGINT", () => stopAll(0));
process.on("SIGTERM", () => stopAll(0));

async function main() {
  for (const [name, port] of Object.entries(ports)) {
    if (!(await isPortFree(port))) {
      throw new Error(`Port ${port} (${name}) is in use: is another \`npm start\` running? Stop it, or choose other ports with AZURITE_*_PORT, API_PORT, TABS_PORT and PLAYGROUND_PORT.`);
    }
  }
  // The tabs build (when their sources changed) while Azurite and the API start.
  const tabsDist = join(dataDir, "tabs-dist");
  const building = devServer ? Promise.resolve({ built: false, seconds: 0 }) : ensureTabsBuild(tabsDist);
  building.catch(() => {}); // awaited below; this only keeps an early failure from ending the process first
  const azurite = await startAzurite({ location: join(dataDir, "azurite"), ports });
  services.push(azurite);
  const api = await startApi({ port: ports.api, env: { STORAGE_CONNECTION_STRING: azurite.connectionString, ...teams?.api } });
  services.push(api);
  const build = await building;

  const serve = devServer ? [] : ["preview", "--outDir", tabsDist];
  const tabs = startService("tabs", join(root, "node_modules", ".bin", "vite"), [...serve, "--host", "127.0.0.1", "--port", String(ports.tabs), "--strictPort"], {
    cwd: join(root, "tabs"),
    env: { API_URL: api.url, ...teams?.tabs },
    quiet: true,
  });
  services.push(tabs);
  if (teams) {
    // HTTPS with the toolkit's certificate, which Node does not trust: wait for the port instead.
    await waitForPort(ports.tabs, { service: tabs });
    return ready(`https://localhost:${ports.tabs}`, api, build);
  }
  // The bot: the Microsoft 365 Agents Playground, pointed at the API's /api/messages (issue 5).
  const playground = startService("playground", join(root, "node_modules", ".bin", "agentsplayground"), ["--disable-telemetry"], {
    env: { BOT_ENDPOINT: `${api.url}/api/messages`, TEAMSAPPTESTER_PORT: String(ports.playground), TEAMSAPPTESTER_BROWSER: "none" },
    quiet: true,
  });
  services.push(playground);
  const tabsUrl = `http://127.0.0.1:${ports.tabs}`;
  await waitForHttp(`${tabsUrl}/directory`, { service: tabs });
  await waitForHttp(`${tabsUrl}/api/health`, { service: tabs, accept: (s) => s === 200 });
  return ready(tabsUrl, api, build);
}

function ready(tabsUrl, api, build) {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const tabsHow = devServer
    ? "Vite's dev server with hot reload (its pages load slowly; `npm start` serves the build)"
    : `the production build, ${build.built ? `built in ${build.seconds.toFixed(1)} s` : "unchanged since the last start"} (\`npm run dev\` for hot reload)`;
  const mode = teams ? "Entra ID and the bot's identity from .localConfigs" : "sample data, local identity";
  console.log(`
Campus Westum runs locally (ready in ${seconds} s; ${mode}; Node.js ${process.version}).
Tabs: ${tabsHow}.

  Member directory (personal tab)   ${tabsUrl}/directory
  Course catalogue (personal tab)   ${tabsUrl}/catalogue
  Channel tab, configuration page   ${tabsUrl}/config/directory
  Channel tab, a saved view         ${tabsUrl}/directory?subRegion=skaraborg&context=channel
  API health                        ${api.url}/api/health
${
  teams
    ? `  The bot                           ${api.url}/api/messages, reached by Teams through your dev tunnel (BOT_ENDPOINT)

  Open the app in Teams: F5 in VS Code, or the link in docs/setup.md ("Debugging in Teams").`
    : `  Chat with the bot (Playground)    http://127.0.0.1:${ports.playground}

  Sample users (switch in the tab's header): Lisa Lärare (teacher, staff), Sam Samordnare (coordinator).`
}
  Data: ${join(dataDir, "azurite")} (delete it to start over with fresh sample data).

Ctrl-C stops everything.`);
  for (const service of services) {
    service.exited.then(({ code }) => {
      if (!stopping) {
        console.error(`${service.name} stopped unexpectedly (exit ${code}); stopping the rest.`);
        stopAll(1);
      }
    });
  }
}

main().catch(async (error) => {
  console.error(`\nnpm start failed: ${error.message}`);
  await stopAll(1);
});
