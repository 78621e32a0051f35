// The Azure Bot: routes Teams activities to the API's /api/messages. Single-tenant, because
// Azure no longer creates new multi-tenant bots; the identity is an Entra app that teamsapp.yml
// creates (aadApp/create), whose secret the API reads from Key Vault.

@minLength(2)
@maxLength(64)
@description('Resource name of the bot (globally unique handle).')
param name string

@maxLength(42)
@description('Name shown in the Azure portal.')
param displayName string

@allowed(['F0', 'S1'])
@description('Pricing tier.')
param sku string

@minLength(36)
@maxLength(36)
@description('Client id of the bot\'s Entra app.')
param appId string

@minLength(36)
@maxLength(36)
@description('Tenant of the bot\'s Entra app.')
param tenantId string

@description('The messaging endpoint, https://<function app>/api/messages.')
param endpoint string

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  kind: 'azurebot'
  sku: { name: sku }
  properties: {
    displayName: displayName
    endpoint: endpoint
    msaAppId: appId
    msaAppType: 'SingleTenant'
    msaAppTenantId: tenantId
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true }
  }
}
