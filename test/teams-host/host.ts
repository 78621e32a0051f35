/**
 * Teams host stand-in (browser side). It plays the Teams web client around one tab iframe and speaks the
 * postMessage protocol of @microsoft/teams-js 2.x, so the unmodified tab code runs as it does in Teams.
 *
 * The wire format mirrors teams-js 2.58 itself (dist/esm/.../src/internal):
 * - tab -> host (communication.ts `sendMessageToParentHelper`, serialized by messageObjects.ts
 *   `serializeMessageRequest`): { id: number, uuidAsString: string, func, args: [...], timestamp,
 *   monotonicTimestamp, apiVersionTag, isProxiedFromChild, teamsJsInstanceId }.
 * - host -> tab reply: { id, uuidAsString, args: [...] } (teams-js builds the same shape when it is the
 *   parent of a child frame: childCommunication.ts `sendMessageResponseToChild`). teams-js finds the
 *   pending promise by uuid (or by legacy id) and hands it `args`.
 * - host -> tab event: { func, args } with NO numeric id: `handleIncomingMessageFromParent` treats any
 *   message with a numeric `id` as a reply and anything with `func` as an event for its handler table
 *   (themeChange, settings.save, ...).
 *
 * Served by server.ts; the scenario comes from the query string (see `readScenario`), and tests drive it
 * through `window.teamsHost` (type `TeamsHostControl`).
 */

export type FrameContext = "content" | "settings" | "remove" | "sidePanel" | "task" | "stage" | "meetingStage";

export interface TabConfig {
  entityId?: string;
  contentUrl: string;
  websiteUrl?: string;
  suggestedDisplayName?: string;
  removeUrl?: string;
}

export interface LogEntry {
  /** ms since the host page loaded */
  at: number;
  /** in: from the tab; out: to the tab; note: the host's own remark (warnings, unsupported calls) */
  dir: "in" | "out" | "note";
  func?: string;
  id?: number;
  data: unknown;
}

export interface InitResult {
  status: "success" | "failure" | "expectedFailure";
  reason?: string;
  message?: string;
}

export interface SaveResult {
  ok: boolean;
  reason?: string;
  config: TabConfig | null;
}

export interface Scenario {
  tab: string;
  frameContext: FrameContext;
  theme: string;
  locale: string;
  hostClientType: string;
  /** sent as {"userId": user} to the token endpoint */
  user?: string;
  userObjectId: string;
  userPrincipalName: string;
  displayName?: string;
  tenantId: string;
  appId?: string;
  entityId?: string;
  subEntityId?: string;
  teamId?: string;
  teamName?: string;
  groupId?: string;
  channelId?: string;
  channelName?: string;
  userTeamRole?: number;
  tokenUrl?: string;
  /**
   * If set, authentication.getAuthToken fails with this reason, as Teams reports it (e.g.
   * resourceRequiresConsent, resourceDisabled, CancelledByUser); "noAnswer" leaves the call unanswered.
   */
  authError?: string;
  /** How long the host takes to answer `initialize` (a phone on a slow network, Teams starting up). */
  initDelayMs: number;
  /** Capabilities this host lacks although its client type declares them (e.g. "sharing"). */
  without: string[];
  /**
   * Teams on iOS and Android: no parent frame. The tab is a top-level page with `window.nativeInterface`
   * (injected by the test, see frameless.ts) and this page plays the native app behind it.
   */
  frameless: boolean;
  /** the tab instance's saved config (what pages.getConfig returns before any setConfig) */
  config?: TabConfig;
}

export interface TeamsHostControl {
  readonly scenario: Scenario;
  readonly log: LogEntry[];
  /** resolves when the current tab document calls app.notifySuccess / notifyFailure / notifyExpectedFailure */
  readonly initialized: Promise<InitResult>;
  readonly initStatus: "loading" | "initializing" | InitResult["status"];
  readonly appLoaded: boolean;
  /** teams-js version the tab reported in `initialize` */
  readonly tabSdkVersion: string | null;
  readonly registeredHandlers: string[];
  readonly savedConfig: TabConfig | null;
  readonly validityState: boolean | null;
  readonly openedLinks: string[];
  readonly openedChats: { members: string[]; message?: string; topic?: string }[];
  readonly unsupported: { func: string; args: unknown[] }[];
  /** What the tab handed to sharing.shareWebContent (Teams' share dialog). */
  readonly shared: unknown[];
  /** Frameless mode: a message the tab sent through `nativeInterface.framelessPostMessage` (JSON). */
  receiveFromNative(json: string): void;
  setTheme(name: string): void;
  /** From now on getAuthToken fails with this reason (null: succeeds), e.g. after the user consented. */
  setAuthError(reason: string | null): void;
  save(timeoutMs?: number): Promise<SaveResult>;
  openSavedTab(): void;
}

/** A request as teams-js posts it (after serializeMessageRequest). */
interface TabRequest {
  id: number;
  uuidAsString?: string;
  func: string;
  args?: unknown[];
  apiVersionTag?: string;
}

/** Returned by a handler that must not answer: the call is one-way in teams-js (sendMessageToParent without callback). */
const NO_REPLY = Symbol("no reply");
type Reply = unknown[] | typeof NO_REPLY;

/** teams-js ErrorCode.NOT_SUPPORTED_ON_PLATFORM (public/interfaces.ts). */
const NOT_SUPPORTED_ON_PLATFORM = 100;

/** Reported to the tab as the host's own SDK level (4th value of the `initialize` reply). */
const HOST_SDK_VERSION = "2.58.0";

/**
 * The runtime config (runtime.ts IRuntime, apiVersion 4). teams-js's `isSupported()` checks read it, and an
 * API whose capability is missing here fails inside the tab with {errorCode: 100} before any message is
 * sent, which is exactly what a real host does for a capability it lacks. So list only what this host
 * answers below, and per client type as Teams declares it: teams-js's own table of what Teams clients
 * support (public/runtime.ts `mapTeamsVersionToSupportedCapabilities`) gives `sharing` to desktop and web
 * (since client SDK 2.0.0) and to android and ios (since 2.0.8), and `webStorage` to desktop, android and
 * ios. `without` removes capabilities, for a host that lacks one (an older client, another Microsoft 365 host).
 */
function runtimeFor(hostClientType: string, without: string[]) {
  const supports: Record<string, unknown> = {
    app: {},
    call: {},
    chat: {},
    mail: {},
    pages: { config: {}, backStack: {}, currentApp: {} },
    profile: {},
    teamsCore: {},
    sharing: {},
  };
  if (["desktop", "android", "ios"].includes(hostClientType)) supports.webStorage = {};
  for (const capability of without) delete supports[capability];
  return {
    apiVersion: 4,
    isLegacyTeams: false,
    hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
    supports,
  };
}

/**
 * How a failure must look for the tab's teams-js wrapper to read it as one. Most 2.x APIs use
 * sendAndHandleSdkError / callFunctionInHost (first arg = SdkError {errorCode, message}); the funcs below
 * use sendAndHandleStatusAndReason ([false, reason]). Used for unknown calls and for handler errors.
 */
const STATUS_AND_REASON_FUNCS = new Set([
  "authentication.getAuthToken",
  "authentication.authenticate",
  "executeDeepLink",
  "settings.setSettings",
  "chat.openChat",
  "mail.composeMail",
  "pages.navigateToApp",
  "navigateBack",
  "calendar.composeMeeting",
  "calendar.openCalendarItem",
  "mail.openMailItem",
  "navigateCrossDomain",
  "navigateToTab",
  "appInstallDialog.openAppInstallDialog",
]);

/** One-way messages (teams-js sends them without waiting): never answered by a real host either. */
const ONE_WAY_FUNCS = new Set([
  "registerHandler",
  "appInitialization.appLoaded",
  "appInitialization.success",
  "appInitialization.failure",
  "appInitialization.expectedFailure",
  "settings.setValidityState",
  "settings.save.success",
  "settings.save.failure",
  "settings.remove.success",
  "settings.remove.failure",
  "readyToUnload",
  "returnFocus",
  "shareDeepLink",
  "setFrameContext",
]);

function readScenario(q: URLSearchParams): Scenario {
  const get = (k: string) => q.get(k) ?? undefined;
  const tab = get("tab");
  if (!tab) throw new Error("teams-host: the query parameter `tab` (absolute tab URL) is required");
  const config = get("config");
  const role = get("userTeamRole");
  return {
    tab,
    frameContext: (get("frameContext") ?? "content") as FrameContext,
    theme: get("theme") ?? "default",
    // Real Teams reports e.g. "en-us" (lower case): pass the param through unchanged so tests can try both.
    locale: get("locale") ?? "en-us",
    hostClientType: get("hostClientType") ?? "web",
    user: get("user"),
    userObjectId: get("userObjectId") ?? "00000000-0000-0000-0000-0000000000a1",
    userPrincipalName: get("userPrincipalName") ?? "user@westum.example",
    displayName: get("displayName"),
    tenantId: get("tenantId") ?? "00000000-0000-0000-0000-00000000000f",
    appId: get("appId"),
    entityId: get("entityId"),
    subEntityId: get("subEntityId"),
    teamId: get("teamId"),
    teamName: get("teamName"),
    groupId: get("groupId"),
    channelId: get("channelId"),
    channelName: get("channelName"),
    userTeamRole: role === undefined ? undefined : Number(role),
    tokenUrl: get("tokenUrl"),
    authError: get("authError"),
    initDelayMs: Number(get("initDelayMs") ?? 0),
    without: (get("without") ?? "").split(",").filter(Boolean),
    frameless: get("frameless") === "1",
    config: config ? (JSON.parse(config) as TabConfig) : undefined,
  };
}

function startHost(): TeamsHostControl {
  const t0 = performance.now();
  const scenario = readScenario(new URLSearchParams(location.search));
  const sessionId = crypto.randomUUID();
  const log: LogEntry[] = [];
  const note = (data: unknown, func?: string) => log.push({ at: performance.now() - t0, dir: "note", func, data });

  // Per-host state (survives the tab's navigations, as in Teams).
  let theme = scenario.theme;
  let frameContext = scenario.frameContext;
  let savedConfig: TabConfig | null = scenario.config ?? null;
  let validityState: boolean | null = null;
  const openedLinks: string[] = [];
  const openedChats: { members: string[]; message?: string; topic?: string }[] = [];
  const unsupported: { func: string; args: unknown[] }[] = [];
  const shared: unknown[] = [];
  let authError = scenario.authError;
  const waiters: { funcs: string[]; resolve: (m: TabRequest) => void }[] = [];

  // Per-document state (a new tab document initializes teams-js again).
  let doc = newDocumentState();
  function newDocumentState() {
    let resolveInit!: (r: InitResult) => void;
    const initialized = new Promise<InitResult>((r) => (resolveInit = r));
    return {
      initialized,
      resolveInit,
      initStatus: "loading" as TeamsHostControl["initStatus"],
      appLoaded: false,
      tabSdkVersion: null as string | null,
      registeredHandlers: [] as string[],
      /** origin of the tab document: replies are posted to it only (never "*") */
      origin: null as string | null,
    };
  }

  const iframe = document.getElementById("tab") as HTMLIFrameElement;
  const saveButton = document.getElementById("save") as HTMLButtonElement;
  const status = document.getElementById("status") as HTMLElement;

  /** Teams fills these URL placeholders in contentUrl / configurationUrl before loading the page. */
  function fillPlaceholders(url: string): string {
    const values: Record<string, string | undefined> = {
      entityId: frameContext === "settings" ? "" : (savedConfig?.entityId ?? scenario.entityId),
      subEntityId: scenario.subEntityId,
      locale: scenario.locale,
      theme,
      loginHint: scenario.userPrincipalName,
      userPrincipalName: scenario.userPrincipalName,
      userObjectId: scenario.userObjectId,
      tid: scenario.tenantId,
      groupId: scenario.groupId,
      teamId: scenario.teamId,
      channelId: scenario.channelId,
      hostClientType: scenario.hostClientType,
      sessionId,
    };
    return url.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? encodeURIComponent(values[k] ?? "") : m));
  }

  function loadTab(url: string) {
    doc = newDocumentState();
    const filled = fillPlaceholders(url);
    note({ load: filled, frameContext });
    // Frameless: the test opens the tab as a page of its own (frameless.ts).
    if (!scenario.frameless) iframe.src = filled;
    render();
  }

  function render() {
    status.textContent = `${frameContext} · ${theme} · ${scenario.locale} · ${doc.initStatus}`;
    document.body.dataset.theme = theme;
    saveButton.hidden = frameContext !== "settings";
    saveButton.disabled = validityState !== true;
  }

  function post(data: Record<string, unknown>) {
    log.push({ at: performance.now() - t0, dir: "out", func: data.func as string | undefined, id: data.id as number | undefined, data });
    // Teams mobile answers by calling the web view's `window.onNativeMessage({ data })`; frameless.ts relays it.
    if (scenario.frameless) return void window.teamsHostToNative?.(data);
    iframe.contentWindow?.postMessage(data, doc.origin ?? new URL(iframe.src).origin);
  }

  /** Push a host event to the tab (teams-js `callHandler` runs the handler registered for `func`). */
  function sendEvent(func: string, args: unknown[] = []) {
    post({ func, args });
  }

  /** The legacy (1.x) Context object: in 2.x teams-js still receives this and maps it to app.Context (app.ts getContext). */
  function legacyContext(): Record<string, unknown> {
    const s = scenario;
    const ctx: Record<string, unknown> = {
      locale: s.locale,
      theme,
      frameContext,
      hostClientType: s.hostClientType,
      hostName: "Teams",
      entityId: frameContext === "settings" ? "" : (savedConfig?.entityId ?? s.entityId ?? ""),
      subEntityId: s.subEntityId,
      appSessionId: sessionId,
      sessionId,
      ringId: "general",
      userObjectId: s.userObjectId,
      userPrincipalName: s.userPrincipalName,
      loginHint: s.userPrincipalName,
      userDisplayName: s.displayName,
      tid: s.tenantId,
      tenantSKU: "enterprise",
      userLicenseType: "Unknown",
      isFullScreen: false,
      isMultiWindow: false,
      isCallingAllowed: true,
      isPSTNCallingAllowed: false,
      osLocaleInfo: { platform: "web", regionalFormat: s.locale },
      appId: s.appId,
    };
    if (s.teamId) Object.assign(ctx, { teamId: s.teamId, teamName: s.teamName, groupId: s.groupId, teamType: 0, userTeamRole: s.userTeamRole ?? 1 });
    if (s.channelId) Object.assign(ctx, { channelId: s.channelId, channelName: s.channelName, channelType: "Regular" });
    return ctx;
  }

  /** A failure in the shape the tab's teams-js wrapper for `func` reads as a failure. */
  function failure(func: string, reason: string, errorCode = NOT_SUPPORTED_ON_PLATFORM): unknown[] {
    return STATUS_AND_REASON_FUNCS.has(func) ? [false, reason] : [{ errorCode, message: reason }];
  }

  function notSupported(msg: TabRequest): Reply {
    const args = msg.args ?? [];
    unsupported.push({ func: msg.func, args });
    note({ unsupported: msg.func, args }, msg.func);
    return failure(msg.func, `${msg.func} is not supported by the Teams host stand-in`);
  }

  async function getAuthToken(args: unknown[]): Promise<Reply> {
    // args = [resources, claims, silent, tenantId] (authentication.ts getAuthTokenHelper); reply [true, token] | [false, reason].
    if (authError === "noAnswer") return NO_REPLY;
    if (authError) return [false, authError];
    try {
      // Same-origin call to server.ts, which forwards to the token endpoint (no CORS needed on the API),
      // as Teams obtains the Entra token for the signed-in user on the tab's behalf.
      const res = await fetch("/__teams-host/token", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ tokenUrl: scenario.tokenUrl, userId: scenario.user ?? scenario.userObjectId }),
      });
      const body = (await res.json().catch(() => null)) as { accessToken?: unknown; error?: string } | null;
      if (!res.ok || typeof body?.accessToken !== "string") {
        note({ tokenError: res.status, body, args }, "authentication.getAuthToken");
        return [false, body?.error ?? `token endpoint answered ${res.status}`];
      }
      return [true, body.accessToken];
    } catch (e) {
      return [false, `token endpoint unreachable: ${String(e)}`];
    }
  }

  const handlers: Record<string, (args: unknown[], msg: TabRequest, origin: string) => Reply | Promise<Reply>> = {
    // communication.ts initializeCommunication: args [sdkVersion, latestRuntimeApiVersion, validMessageOrigins];
    // reply [frameContext, hostClientType, runtimeConfigJSON, clientSupportedSDKVersion] (appHelpers.ts appInitializeHelper).
    async initialize(args, _msg, origin) {
      const [sdkVersion, , validOrigins] = args as [string, number, string[] | undefined];
      doc.tabSdkVersion = sdkVersion;
      doc.initStatus = "initializing";
      // teams-js drops every message from a cross-origin parent that is neither a Microsoft https origin
      // nor listed in app.initialize(validMessageOrigins) (validOrigins.ts validateOrigin). Say so here:
      // otherwise the tab just hangs in app.initialize for 60 s.
      // (Frameless, teams-js takes whatever arrives through onNativeMessage: no origin check.)
      if (!scenario.frameless && origin !== location.origin && !(validOrigins ?? []).includes(location.origin)) {
        note(`tab did not pass "${location.origin}" to app.initialize(validMessageOrigins); teams-js will ignore this host's replies`);
      }
      render();
      if (scenario.initDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, scenario.initDelayMs));
      return [frameContext, scenario.hostClientType, JSON.stringify(runtimeFor(scenario.hostClientType, scenario.without)), HOST_SDK_VERSION];
    },
    getContext: () => [legacyContext()],
    registerHandler(args) {
      doc.registeredHandlers.push(String(args[0]));
      return NO_REPLY;
    },
    "appInitialization.appLoaded"() {
      doc.appLoaded = true;
      return NO_REPLY;
    },
    "appInitialization.success"() {
      doc.initStatus = "success";
      doc.resolveInit({ status: "success" });
      render();
      return NO_REPLY;
    },
    "appInitialization.failure"(args) {
      doc.initStatus = "failure";
      doc.resolveInit({ status: "failure", reason: args[0] as string, message: args[1] as string });
      render();
      return NO_REPLY;
    },
    "appInitialization.expectedFailure"(args) {
      doc.initStatus = "expectedFailure";
      doc.resolveInit({ status: "expectedFailure", reason: args[0] as string, message: args[1] as string });
      render();
      return NO_REPLY;
    },
    "authentication.getAuthToken": (args) => getAuthToken(args),
    // pages.config.setValidityState: enables Teams' Save button.
    "settings.setValidityState"(args) {
      validityState = args[0] === true;
      render();
      return NO_REPLY;
    },
    // pages.config.setConfig: reply [true] | [false, reason] (sendAndHandleStatusAndReason).
    "settings.setSettings"(args) {
      const config = args[0] as TabConfig | undefined;
      try {
        new URL(String(config?.contentUrl));
      } catch {
        return [false, "contentUrl must be an absolute URL"];
      }
      savedConfig = { ...config! };
      return [true];
    },
    // pages.getConfig: reply [settings] (sendAndUnwrap).
    "settings.getSettings": () => [savedConfig ?? {}],
    // app.openLink (and legacy deep links): reply [true] | [false, reason].
    executeDeepLink(args) {
      const url = String(args[0]);
      openedLinks.push(url);
      const u = new URL(url);
      if (u.hostname === "teams.microsoft.com" && u.pathname.startsWith("/l/chat/")) {
        openedChats.push({
          members: (u.searchParams.get("users") ?? "").split(",").filter(Boolean),
          message: u.searchParams.get("message") ?? undefined,
          topic: u.searchParams.get("topicName") ?? undefined,
        });
      }
      return [true];
    },
    // chat.openChat / openGroupChat (non-legacy runtime): args [{members, message, topic}]; reply [true].
    "chat.openChat"(args) {
      openedChats.push(args[0] as { members: string[]; message?: string; topic?: string });
      return [true];
    },
    // sharing.shareWebContent: sendAndHandleSdkError, reply [error?]; Teams opens its share dialog.
    "sharing.shareWebContent"(args) {
      shared.push(args[0]);
      return [undefined];
    },
    // call.startCall: callback(result: boolean).
    "call.startCall": () => [true],
    // mail.composeMail: [true] | [false, reason].
    "mail.composeMail": () => [true],
    // profile.showProfile, pages.currentApp.*: sendAndHandleSdkError, reply [error?, result].
    "profile.showProfile": () => [undefined],
    "pages.currentApp.navigateTo": () => [undefined],
    "pages.currentApp.navigateToDefaultPage": () => [undefined],
    "pages.navigateToApp"(args) {
      openedLinks.push(JSON.stringify(args[0]));
      return [true];
    },
    // pages.backStack.navigateBack: a fresh tab has no back stack in Teams: [false] -> the default error.
    navigateBack: () => [false],
  };

  function onMessage(ev: MessageEvent) {
    // Only the tab's window talks to this host (Teams also ignores other frames).
    if (scenario.frameless || !iframe.contentWindow || ev.source !== iframe.contentWindow) return;
    void receive(ev.data as TabRequest, ev.origin);
  }

  async function receive(msg: TabRequest, origin: string) {
    if (!msg || typeof msg !== "object" || typeof msg.func !== "string") return;
    log.push({ at: performance.now() - t0, dir: "in", func: msg.func, id: msg.id, data: msg });
    if (msg.func === "initialize") doc.origin = origin;
    else if (doc.origin && origin !== doc.origin) {
      note({ ignored: "message from an origin other than the initialized tab's", origin }, msg.func);
      return;
    }
    for (const w of waiters.filter((w) => w.funcs.includes(msg.func))) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(msg);
    }
    const handler = handlers[msg.func];
    let reply: Reply;
    try {
      reply = handler ? await handler(msg.args ?? [], msg, origin) : ONE_WAY_FUNCS.has(msg.func) ? NO_REPLY : notSupported(msg);
    } catch (e) {
      // A bad argument (e.g. openLink with an invalid URL): answer, never leave the tab waiting.
      note({ handlerError: String(e) }, msg.func);
      reply = ONE_WAY_FUNCS.has(msg.func) ? NO_REPLY : failure(msg.func, String(e), 4 /* INVALID_ARGUMENTS */);
    }
    if (reply !== NO_REPLY) post({ id: msg.id, uuidAsString: msg.uuidAsString, args: reply });
  }

  function waitForTab(funcs: string[], timeoutMs: number): Promise<TabRequest | null> {
    return new Promise((resolve) => {
      const w = { funcs, resolve: (m: TabRequest | null) => (clearTimeout(timer), resolve(m)) };
      const timer = setTimeout(() => {
        waiters.splice(waiters.indexOf(w), 1);
        resolve(null);
      }, timeoutMs);
      waiters.push(w);
    });
  }

  const control: TeamsHostControl = {
    scenario,
    log,
    get initialized() {
      return doc.initialized;
    },
    get initStatus() {
      return doc.initStatus;
    },
    get appLoaded() {
      return doc.appLoaded;
    },
    get tabSdkVersion() {
      return doc.tabSdkVersion;
    },
    get registeredHandlers() {
      return doc.registeredHandlers;
    },
    get savedConfig() {
      return savedConfig;
    },
    get validityState() {
      return validityState;
    },
    openedLinks,
    openedChats,
    unsupported,
    shared,
    receiveFromNative(json) {
      void receive(JSON.parse(json) as TabRequest, new URL(scenario.tab).origin);
    },
    setAuthError(reason) {
      authError = reason ?? undefined;
    },
    setTheme(name) {
      theme = name;
      render();
      sendEvent("themeChange", [name]);
    },
    // What Teams does when the user presses Save on the configuration dialog: it sends `settings.save`
    // (config.ts handleSave -> the tab's registerOnSaveHandler, or an automatic notifySuccess if none)
    // and waits for `settings.save.success` / `settings.save.failure`.
    async save(timeoutMs = 10_000) {
      if (frameContext !== "settings") return { ok: false, reason: "not a configuration page (frameContext != settings)", config: savedConfig };
      if (validityState !== true) return { ok: false, reason: "validity state is not true: Teams keeps Save disabled", config: savedConfig };
      const answer = waitForTab(["settings.save.success", "settings.save.failure"], timeoutMs);
      sendEvent("settings.save", []);
      const msg = await answer;
      if (!msg) return { ok: false, reason: `no settings.save.success/failure within ${timeoutMs} ms`, config: savedConfig };
      if (msg.func === "settings.save.failure") return { ok: false, reason: String(msg.args?.[0] ?? "failure"), config: savedConfig };
      if (!savedConfig?.contentUrl) return { ok: false, reason: "saved without pages.config.setConfig({contentUrl})", config: savedConfig };
      return { ok: true, config: savedConfig };
    },
    // After a successful save Teams opens the new channel tab: contentUrl in frameContext=content, with
    // context.page.id = the saved entityId and pages.getConfig returning the saved config.
    openSavedTab() {
      if (!savedConfig?.contentUrl) throw new Error("teams-host: nothing saved yet");
      frameContext = "content";
      validityState = null;
      loadTab(savedConfig.contentUrl);
    },
  };

  saveButton.addEventListener("click", () => void control.save().then((r) => note({ saveButton: r })));
  window.addEventListener("message", onMessage);
  loadTab(scenario.tab);
  return control;
}

declare global {
  interface Window {
    teamsHost: TeamsHostControl;
    /** Frameless mode: set by frameless.ts, delivers a reply or event to the tab's `onNativeMessage`. */
    teamsHostToNative?: (data: unknown) => void;
  }
}

try {
  window.teamsHost = startHost();
} catch (e) {
  document.getElementById("status")!.textContent = String(e);
  throw e;
}
