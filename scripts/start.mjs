// `npm start`: the whole app on this machine with sample data. Installs what is missing,
// starts Azurite (data kept in .data/, git-ignored), the API's local host and the tabs' dev
// server, then prints where everything is. Ctrl-C stops all of it; the next start keeps the data.
import { join } from "node:path";
import { ensureDependencies, root } from "./lib/setup.mjs";
import { isPortFree, startApi, startAzurite, startService, waitForHttp } from "./lib/processes.mjs";

const started = performance.now();
const ports = {
  blobPort: Number(process.env.AZURITE_BLOB_PORT ?? 10000),
  queuePort: Number(process.env.AZURITE_QUEUE_PORT ?? 10001),
  tablePort: Number(process.env.AZURITE_TABLE_PORT ?? 10002),
  api: Number(process.env.API_PORT ?? 7071),
  tabs: Number(process.env.TABS_PORT ?? 5173),
};
const services = [];
let stopping = false;

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
  ensureDependencies();
  for (const [name, port] of Object.entries(ports)) {
    if (!(await isPortFree(port))) {
      throw new Error(`Port ${port} (${name}) is in use: is another \`npm start\` running? Stop it, or choose other ports with AZURITE_*_PORT, API_PORT and TABS_PORT.`);
    }
  }
  const azurite = await startAzurite({ location: join(process.env.CAMPUS_DATA_DIR ?? join(root, ".data"), "azurite"), ports });
  services.push(azurite);
  const api = await startApi({ port: ports.api, env: { STORAGE_CONNECTION_STRING: azurite.connectionString } });
  services.push(api);
  const tabsUrl = `http://127.0.0.1:${ports.tabs}`;
  const tabs = startService("tabs", join(root, "node_modules", ".bin", "vite"), ["--host", "127.0.0.1", "--port", String(ports.tabs), "--strictPort"], {
    cwd: join(root, "tabs"),
    env: { API_URL: api.url },
    quiet: true,
  });
  services.push(tabs);
  // The bot: the Microsoft 365 Agents Playground, pointed at the API's /api/messages (issue 5).
  const playgroundPort = Number(process.env.PLAYGROUND_PORT ?? 56150);
  const playground = startService("playground", join(root, "node_modules", ".bin", "agentsplayground"), ["--disable-telemetry"], {
    env: { BOT_ENDPOINT: `${api.url}/api/messages`, TEAMSAPPTESTER_PORT: String(playgroundPort), TEAMSAPPTESTER_BROWSER: "none" },
    quiet: true,
  });
  services.push(playground);
  const playgroundUrl = `http://127.0.0.1:${playgroundPort}`;
  await waitForHttp(`${tabsUrl}/directory`, { service: tabs });
  await waitForHttp(`${tabsUrl}/api/health`, { service: tabs, accept: (s) => s === 200 });

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`
Campus Westum runs locally (ready in ${seconds} s, sample data, local identity).

  Member directory (personal tab)   ${tabsUrl}/directory
  Course catalogue (personal tab)   ${tabsUrl}/catalogue
  Channel tab, configuration page   ${tabsUrl}/config/directory
  Channel tab, a saved view         ${tabsUrl}/directory?subRegion=skaraborg&context=channel
  API health                        ${api.url}/api/health
  Chat with the bot (Playground)    ${playgroundUrl}

  Sample users (switch in the tab's header): Lisa Lärare (teacher, staff), Sam Samordnare (coordinator).
  Data: .data/azurite (delete it to start over with fresh sample data).

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
