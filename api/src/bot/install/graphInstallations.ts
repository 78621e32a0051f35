// The three Graph requests that put the app in a person's personal scope and find the chat the
// bot has with her ("Proactively install your bot for users", Teams docs; "Install app for
// user", "List apps installed for user", "Get chat between user and teamsApp", Graph v1.0):
//   POST /users/{id}/teamwork/installedApps  {"teamsApp@odata.bind": ".../appCatalogs/teamsApps/{app}"}
//        201 with no body; 409 when the app is already installed for her
//   GET  /users/{id}/teamwork/installedApps?$expand=teamsApp&$filter=teamsApp/id eq '{app}'
//        the installation's id
//   GET  /users/{id}/teamwork/installedApps/{installation}/chat   the chat's id
// Each answer becomes an InstallOutcome. The docs name no error bodies for a person who cannot
// get the app; as Graph answers in practice (reported in Company Communicator's issues #889,
// #1537, #285 and elsewhere): 403 Forbidden "App is blocked by app permission policy. ..."
// (inner AccessDenied), 403 "Failed to get license information for the user. ...", 404
// NotFound for an unknown user. Those count as hers. A 403 "Missing role permissions on the
// request. API requires one of ..." is the app's own (no permission or no admin consent), and
// so everyone's: refused, tried again later, and counted towards the worker's alarm.
import type { Client } from "@microsoft/microsoft-graph-client";
import type { InstallOutcome } from "@campus-westum/bot";
import { retryAfterMs } from "@campus-westum/bot/retry-after";
import { describeGraphError, headerOf, statusOf } from "../../sharepoint/graphErrors.js";

/** Graph's words when the app itself lacks the permission (or the admin never consented to it). */
const APP_NOT_PERMITTED = /missing (role|scope) permissions/i;

/** Why a step did not get there: retry later, not this person, or not this app. */
export type InstallFailure = Exclude<InstallOutcome, { kind: "ready" }>;

export class GraphInstallations {
  constructor(
    private readonly client: Client,
    private readonly graphBaseUrl: string,
    private readonly catalogAppId: string,
  ) {}

  /** Installs the app for the user: installed now (201), or already (409). */
  async install(userId: string): Promise<{ kind: "installed"; installed: boolean } | InstallFailure> {
    const user = encodeURIComponent(userId);
    const body = { "teamsApp@odata.bind": `${this.graphBaseUrl}/v1.0/appCatalogs/teamsApps/${this.catalogAppId}` };
    try {
      await this.client.api(`/users/${user}/teamwork/installedApps`).post(body);
      return { kind: "installed", installed: true };
    } catch (error) {
      if (statusOf(error) === 409) return { kind: "installed", installed: false };
      return outcomeOfError(error, "installing the app");
    }
  }

  /** The chat between the user and the bot, once the app is installed for her. */
  async chatOf(userId: string): Promise<{ kind: "chat"; chatId: string } | InstallFailure> {
    const user = encodeURIComponent(userId);
    try {
      const list = (await this.client
        .api(`/users/${user}/teamwork/installedApps`)
        .expand("teamsApp")
        .filter(`teamsApp/id eq '${this.catalogAppId}'`)
        .get()) as { value?: { id?: string }[] };
      const installation = list.value?.[0]?.id;
      // Installed a moment ago and not listed yet: the next try finds it (no second install, that answers 409).
      if (!installation) return { kind: "retry", error: "the installation is not listed yet" };
      const chat = (await this.client.api(`/users/${user}/teamwork/installedApps/${encodeURIComponent(installation)}/chat`).get()) as { id?: string };
      if (!chat.id) return { kind: "retry", error: "the installation's chat has no id yet" };
      return { kind: "chat", chatId: chat.id };
    } catch (error) {
      return outcomeOfError(error, "reading the chat");
    }
  }
}

function outcomeOfError(error: unknown, doing: string): InstallFailure {
  const status = statusOf(error);
  const text = `${doing}: ${describeGraphError(error)}`;
  // A dropped connection or a timeout (the client reports status -1) may have done the install: the next try answers 409 then.
  if (status === undefined || status <= 0 || status === 429 || status >= 500) {
    return { kind: "retry", afterMs: retryAfterMs(headerOf(error, "retry-after") ?? null, Date.now()), error: text };
  }
  if (status === 404) return { kind: "unreachable", error: `unknown user or no Teams (${text})` };
  if (status === 403 && !APP_NOT_PERMITTED.test((error as Error).message ?? "")) {
    return { kind: "unreachable", error: `no Teams licence or blocked by an app policy (${text})` };
  }
  // 401, a 403 about the app's permission, 400: the app's own configuration; every recipient would get the same.
  return { kind: "refused", error: text };
}
