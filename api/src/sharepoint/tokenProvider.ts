// The seam between the Graph client and where its tokens come from: msal-node with the app's
// credentials in production (msalTokenProvider.ts), a fixed token for the local stand-in.
export interface GraphTokenProvider {
  /** An app-only access token for Microsoft Graph. */
  getAccessToken(): Promise<string>;
}

/** A token that never changes: for the Graph stand-in in tests and offline development only. */
export const staticTokenProvider = (token: string): GraphTokenProvider => ({ getAccessToken: async () => token });
