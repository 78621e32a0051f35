// The bot's Bot Framework identity, as botbuilder 4.23's ConfigurationServiceClientCredentialFactory
// accepts it: an Entra app with a secret or a certificate (single- or multi-tenant), or a
// user-assigned managed identity. The API's configuration (api/src/bot/botConfig.ts) builds it.

export type BotAppType = "SingleTenant" | "MultiTenant" | "UserAssignedMSI";

export type BotCredential =
  | { kind: "secret"; secret: string }
  /** The certificate's SHA-1 thumbprint and its private key (PEM), registered on the Entra app. */
  | { kind: "certificate"; thumbprint: string; privateKey: string }
  | { kind: "managedIdentity" };

export interface BotAuth {
  appId: string;
  /** The Entra app's tenant; required for SingleTenant and UserAssignedMSI. */
  tenantId?: string;
  appType: BotAppType;
  credential: BotCredential;
}
