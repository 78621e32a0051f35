// Campus Westum in Azure: the Function App (API, and the bot at /api/messages), one storage
// account, the tabs on Azure Static Web Apps, the Azure Bot with the Teams channel, Key Vault for
// secrets, Application Insights. `atk provision` deploys this file (teamsapp.yml, arm/deploy) with
// infra/azure.parameters.json, and writes every output below into env/.env.<env> under its own name.
// Decisions and their reasons: infra/README.md.

@minLength(4)
@maxLength(16)
@description('Lowercase letters and digits. Every resource name derives from it; storage and Key Vault names must be globally unique.')
param resourceBaseName string

@description('Region of the Function App, storage, Key Vault and monitoring. Flex Consumption is available in Sweden Central, North Europe and West Europe.')
param location string = resourceGroup().location

@allowed(['westeurope', 'westus2', 'centralus', 'eastus2', 'eastasia'])
@description('Static Web Apps runs in a few regions only; the content itself is served from a global edge.')
param staticWebAppLocation string = 'westeurope'

@minLength(36)
@maxLength(36)
@description('Client id of the Entra app behind tab SSO and the API (aadApp/create writes AAD_APP_CLIENT_ID).')
param aadAppClientId string

@minLength(36)
@maxLength(36)
@description('The Microsoft 365 tenant whose users may call the API. Can differ from the Azure subscription\'s tenant.')
param aadAppTenantId string

@secure()
@minLength(1)
@description('Client secret of that Entra app: on-behalf-of calls, and Graph (SharePoint) when graphCredential is "secret".')
param aadAppClientSecret string

@minLength(36)
@maxLength(36)
@description('Client id of the bot\'s single-tenant Entra app (aadApp/create writes BOT_ID).')
param botAadAppClientId string

@secure()
@minLength(1)
@description('Client secret of the bot\'s Entra app.')
param botAadAppClientSecret string

@maxLength(42)
@description('Name of the bot in the Azure portal.')
param botDisplayName string = 'Campus Westum'

@allowed(['F0', 'S1'])
@description('F0 is free; Teams is a standard channel, so messages to Teams cost nothing on either.')
param botServiceSku string = 'F0'

@minLength(1)
@maxLength(400)
@description('The coordinators\' SharePoint site (URL or Graph site id). Required: its lists are the source of truth, and the API refuses to start without it (api/src/config.ts).')
param sharePointSite string

@allowed(['secret', 'certificate'])
@description('How the API authenticates to Graph: the Entra app\'s secret, or a PEM certificate that an admin stores in Key Vault as "graph-certificate-pem".')
param graphCredential string = 'secret'

@allowed(['20', '22'])
@description('Node.js major version of the Functions worker.')
param nodeVersion string = '22'

@minValue(40)
@maxValue(1000)
@description('Upper bound of Flex Consumption scale-out.')
param maximumInstanceCount int = 40

@allowed([512, 2048, 4096])
@description('Memory of each Flex Consumption instance, in MB.')
param instanceMemoryMB int = 2048

@minValue(30)
@maxValue(730)
@description('Days that Log Analytics keeps logs.')
param logRetentionDays int = 30

// One place for names, so the yml, the docs and the portal agree.
var names = {
  storage: 'st${resourceBaseName}'
  keyVault: 'kv-${resourceBaseName}'
  plan: 'plan-${resourceBaseName}'
  functionApp: 'func-${resourceBaseName}'
  staticWebApp: 'swa-${resourceBaseName}'
  bot: 'bot-${resourceBaseName}'
  logAnalytics: 'log-${resourceBaseName}'
  appInsights: 'appi-${resourceBaseName}'
}
var deploymentContainer = 'app-package'

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    logAnalyticsName: names.logAnalytics
    appInsightsName: names.appInsights
    retentionDays: logRetentionDays
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    location: location
    name: names.storage
    deploymentContainer: deploymentContainer
  }
}

module tabs 'modules/staticWebApp.bicep' = {
  name: 'tabs'
  params: {
    location: staticWebAppLocation
    name: names.staticWebApp
  }
}

module vault 'modules/keyVault.bicep' = {
  name: 'keyVault'
  params: {
    location: location
    name: names.keyVault
    storageAccountName: storage.outputs.name
    aadAppClientSecret: aadAppClientSecret
    botAadAppClientSecret: botAadAppClientSecret
  }
}

var tabEndpoint = 'https://${tabs.outputs.defaultHostname}'
// The app's own host, known before the app exists (its settings cannot refer to the app itself).
var apiHost = '${names.functionApp}.azurewebsites.net'

// The settings that api/src/config.ts (and its bot part) reads; test/infra/crossCheck.test.ts runs
// the API's own config loader on them. Secrets are Key Vault references, resolved by the Function
// App's identity.
var apiSettings = {
  STORAGE_CONNECTION_STRING: vault.outputs.storageConnectionStringRef
  AAD_TENANT_IDS: aadAppTenantId
  AAD_APP_CLIENT_ID: aadAppClientId
  AAD_APP_ID_URI: 'api://${tabs.outputs.defaultHostname}/${aadAppClientId}'
  BOT_ID: botAadAppClientId
  BOT_PASSWORD: vault.outputs.botPasswordRef
  BOT_TENANT_ID: aadAppTenantId
  BOT_APP_TYPE: 'SingleTenant'
  BOT_DELIVERY_INSTANCES: string(min(maximumInstanceCount, 50))
  PUBLIC_API_URL: 'https://${apiHost}'
  CALENDAR_LINK_KEY: vault.outputs.calendarLinkKeyRef
}
// All four: config.ts refuses to start in production without SharePoint, or with part of it.
var graphSecretSetting = graphCredential == 'secret'
  ? { GRAPH_CLIENT_SECRET: vault.outputs.aadAppClientSecretRef }
  : { GRAPH_CERTIFICATE_PEM: vault.outputs.graphCertificateRef }
var sharePointSettings = union({
  GRAPH_TENANT_ID: aadAppTenantId
  GRAPH_CLIENT_ID: aadAppClientId
  SHAREPOINT_SITE: sharePointSite
}, graphSecretSetting)

module api 'modules/functionApp.bicep' = {
  name: 'api'
  params: {
    location: location
    planName: names.plan
    name: names.functionApp
    storageAccountName: storage.outputs.name
    deploymentContainer: deploymentContainer
    appInsightsConnectionString: monitoring.outputs.connectionString
    nodeVersion: nodeVersion
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
    allowedOrigins: [tabEndpoint]
    appSettings: union(apiSettings, sharePointSettings)
  }
}

module access 'modules/roleAssignments.bicep' = {
  name: 'roleAssignments'
  params: {
    principalId: api.outputs.principalId
    storageAccountName: storage.outputs.name
    keyVaultName: vault.outputs.name
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: names.bot
    displayName: botDisplayName
    sku: botServiceSku
    appId: botAadAppClientId
    tenantId: aadAppTenantId
    endpoint: 'https://${api.outputs.defaultHostName}/api/messages'
  }
}

// Named exactly as the env keys that teamsapp.yml and appPackage/ read.
output TAB_ENDPOINT string = tabEndpoint
output TAB_DOMAIN string = tabs.outputs.defaultHostname
output TAB_AZURE_STATIC_WEB_APPS_RESOURCE_ID string = tabs.outputs.id
output API_ENDPOINT string = 'https://${api.outputs.defaultHostName}'
output API_FUNCTION_APP_RESOURCE_ID string = api.outputs.id
output API_FUNCTION_APP_NAME string = api.outputs.name
