// Which host origins teams-js may exchange postMessages with, besides Microsoft's.
//
// What teams-js 2.58 does (read in node_modules/@microsoft/teams-js, internal/validOrigins.js,
// internal/communication.js, internal/urlPattern.js):
// - Importing the library starts a fetch of https://res.cdn.office.net/teams-js/validDomains/json/
//   validDomains.json (a module side effect, 1.5 s abort timeout). Offline it fails and the library
//   falls back to the list bundled in the package (Microsoft's https hosts only). That is why the
//   tab imports teams-js only when it is framed (see connectToTeams.ts and teamsBridge.ts): a plain browser never
//   makes that request.
// - app.initialize() posts "initialize" to window.parent with target origin "*" and waits for the
//   reply; every incoming message is checked by origin:
//   1. a message from the tab's own origin is always accepted;
//   2. then each entry of app.initialize(validMessageOrigins) is matched as a URL pattern
//      "scheme://host[:port]": the scheme must be equal and the host (with its port) equal, where a
//      "*" may stand for one leading label (https://*.example.org). These entries are NOT held to the
//      https rule, so "http://127.0.0.1:4000" works. An entry without a scheme ("127.0.0.1:4000") is
//      silently dropped.
//   3. otherwise the origin must be https and match the CDN/bundled list; a miss triggers one more
//      CDN fetch (which fails offline) before the message is ignored.
// So a local Teams-host stand-in on http://127.0.0.1:<port> needs only to be listed here via
// VITE_TEAMS_HOST_ORIGINS=http://127.0.0.1:<port> (at build time for `vite build`, at start for
// `vite`), or be served from the tab's own origin.
export function validMessageOrigins(): string[] {
  return (import.meta.env.VITE_TEAMS_HOST_ORIGINS ?? "")
    .split(",")
    .map((origin) => origin.trim().replace(/\/+$/, ""))
    .filter((origin) => origin.length > 0);
}
