// What a production-like configuration (Entra settings) needs besides identity, bot and key:
// SharePoint, without which the API refuses to start (api/src/config.ts). These tests do not
// sync, so the Graph stand-in's static token names a loopback address that nothing serves
// (port 9, discard): a sync the local host starts on its own fails at once and is only logged.
export const UNSERVED_SHAREPOINT = {
  GRAPH_BASE_URL: "http://127.0.0.1:9",
  GRAPH_ACCESS_TOKEN: "stand-in-token",
  SHAREPOINT_SITE: "westum.sharepoint.com,00000000-0000-4000-8000-0000000051e0,00000000-0000-4000-8000-00000000eb00",
} as const;
