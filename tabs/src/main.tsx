// Boot: find out whether we run inside Teams (only when a host is there, as long as it takes: see
// teams/connectToTeams.ts), load the theme and catalogue that first render needs, then render.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { showConnectingNotice } from "./shell/connectingNotice";
import { initialLocale, loadCatalogue } from "./i18n/messages";
import { connectToTeams, hasTeamsHost, initialThemeName, loadFluentTheme } from "./teams";

async function boot(root: HTMLElement): Promise<void> {
  const removeNotice = hasTeamsHost() ? showConnectingNotice(root) : () => undefined;
  const connection = await connectToTeams();
  await Promise.all([
    loadFluentTheme(initialThemeName(connection)),
    loadCatalogue(initialLocale(connection?.context.app.locale ?? null)),
  ]);
  removeNotice();
  createRoot(root).render(
    <StrictMode>
      <App connection={connection} />
    </StrictMode>,
  );
}

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
// No top-level await: it would make the bundler split the entry's shared code into extra chunks.
void boot(root);
