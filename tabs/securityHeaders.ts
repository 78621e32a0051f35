// The tabs' response headers, as data: the Vite dev and preview servers send them (vite.config.ts),
// and the production hosting sends the same (see infra/README.md: static hosting cannot send
// headers by itself, so they go in the CDN or Static Web Apps rules generated from this list).
//
// Teams and the Microsoft 365 hosts frame the tabs, so there is no X-Frame-Options (it has no
// allow-list): CSP frame-ancestors names the hosts instead, as Microsoft's tab requirements list them
// (learn.microsoft.com/microsoftteams/platform/tabs/how-to/tab-requirements).

/** Every Microsoft 365 host that may frame a tab. *.skype.com is the legacy Teams host, kept for old clients. */
export const TEAMS_FRAME_ANCESTORS = [
  "https://teams.microsoft.com",
  "https://*.teams.microsoft.com",
  "https://*.skype.com",
  "https://teams.cloud.microsoft",
  "https://*.cloud.microsoft",
  "https://*.microsoft365.com",
  "https://*.office.com",
  "https://outlook.office.com",
  "https://outlook.office365.com",
] as const;

export interface TabHeaderOptions {
  /** Where the API is when it is not same-origin (VITE_API_BASE_URL's origin). */
  apiOrigin?: string;
  /** More hosts that may frame the tabs: the Teams host stand-in in development. */
  extraFrameAncestors?: readonly string[];
  /** The Vite dev server: its hot-reload socket, and no HSTS on plain http. */
  dev?: boolean;
}

export function tabSecurityHeaders(options: TabHeaderOptions = {}): Record<string, string> {
  const csp = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    // Fluent UI (Griffel) inserts its styles at run time, and index.html has one inline style.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", ...(options.apiOrigin ? [options.apiOrigin] : []), ...(options.dev ? ["ws:"] : [])],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'", ...TEAMS_FRAME_ANCESTORS, ...(options.extraFrameAncestors ?? [])],
  };
  return {
    "Content-Security-Policy": Object.entries(csp).map(([directive, sources]) => `${directive} ${sources.join(" ")}`).join("; "),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    ...(options.dev ? {} : { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" }),
  };
}
