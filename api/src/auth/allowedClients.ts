// The client applications that may call the API for a user: the `azp` (v2 tokens) or `appid`
// (v1 tokens) claim must be one of them. Teams' single sign-on hands the tab a token whose client
// is a Microsoft 365 host, not our app, so the default is the hosts Microsoft documents for tab
// SSO ("Configure your tab app in Microsoft Entra ID", the table of client ids to preauthorize)
// plus the two the Agents Toolkit's Entra manifest also preauthorizes, and the app's own client id
// (the tab signing in with its own app registration). appPackage/aad.manifest.json preauthorizes
// exactly the same hosts; test/api/auth.test.ts keeps the two lists equal.

export const MICROSOFT_365_HOST_CLIENT_IDS: readonly string[] = [
  "1fec8e78-bce4-4aaf-ab1b-5451cc387264", // Teams desktop and mobile
  "5e3ce6c0-2b1f-4285-8d4b-75ee78787346", // Teams web
  "4765445b-32c6-49b0-83e6-1d93765276ca", // Microsoft 365 web
  "0ec893e0-5785-4de6-99da-4ed124e5296c", // Microsoft 365 desktop
  "d3590ed6-52b3-4102-aeff-aad2292ab01c", // Microsoft 365 mobile, Outlook desktop
  "bc59ab01-8403-45c6-8796-ac3ef710b3e3", // Outlook web
  "27922004-5251-4030-b22d-91ecd9a37ea4", // Outlook mobile
  "4345a7b9-9a63-4910-a426-35363201d503", // Microsoft 365 web (office.com, older host; Agents Toolkit template)
  "00000002-0000-0ff1-ce00-000000000000", // Office 365 Exchange Online (Outlook on the web; Agents Toolkit template)
];

/** The default when AAD_ALLOWED_CLIENT_IDS is not set: the Microsoft 365 hosts and the app itself. */
export const defaultAllowedClientIds = (ownClientId: string): string[] => [...MICROSOFT_365_HOST_CLIENT_IDS, ownClientId];

/** The delegated scope the tabs ask for (appPackage/aad.manifest.json, oauth2PermissionScopes). */
export const USER_SCOPE = "access_as_user";
