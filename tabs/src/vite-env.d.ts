/// <reference types="vite/client" />

// Only non-secret settings reach the bundle, and only through the VITE_ prefix.
interface ImportMetaEnv {
  /** Comma-separated origins of Teams-like hosts that teams-js should trust besides Microsoft's (local test host). */
  readonly VITE_TEAMS_HOST_ORIGINS?: string;
  /** Base URL of the API when it is not served from the same origin under /api (empty: same origin). */
  readonly VITE_API_BASE_URL?: string;
}
