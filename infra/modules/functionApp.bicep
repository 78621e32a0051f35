// The API (and the bot it hosts) on a Linux Flex Consumption plan.
// Why Flex Consumption: Linux Consumption gets no new language versions and retires on
// 30 September 2028; Flex runs on Linux, scales per function, always runs from the deployed
// package (so no WEBSITE_RUN_FROM_PACKAGE), and reads its package and host storage with the
// app's managed identity instead of keys.

@description('Region of the plan and the app.')
param location string

@minLength(1)
@maxLength(40)
@description('Name of the Flex Consumption plan.')
param planName string

@minLength(2)
@maxLength(60)
@description('Name of the Function App (also its host name).')
param name string

@minLength(3)
@maxLength(24)
@description('Storage account of the Functions host and the deployment package.')
param storageAccountName string

@minLength(3)
@maxLength(63)
@description('Blob container that holds the deployment package.')
param deploymentContainer string

@secure()
@description('Application Insights connection string.')
param appInsightsConnectionString string

@allowed(['20', '22'])
@description('Node.js major version.')
param nodeVersion string

@minValue(40)
@maxValue(1000)
@description('Upper bound of scale-out.')
param maximumInstanceCount int

@allowed([512, 2048, 4096])
@description('Memory per instance, in MB.')
param instanceMemoryMB int

@description('Origins that may call the API from a browser (the tab site).')
param allowedOrigins array

@description('The API\'s own settings (api/src/config.ts), name to value.')
param appSettings object

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  kind: 'functionapp'
  sku: { name: 'FC1', tier: 'FlexConsumption' }
  properties: { reserved: true } // Linux
}

// The Functions host's settings; FUNCTIONS_WORKER_RUNTIME and the runtime version live in
// functionAppConfig on Flex Consumption, not in app settings.
var hostSettings = {
  AzureWebJobsStorage__accountName: storage.name
  AzureWebJobsStorage__credential: 'managedidentity'
  APPLICATIONINSIGHTS_CONNECTION_STRING: appInsightsConnectionString
}

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  kind: 'functionapp,linux'
  identity: { type: 'SystemAssigned' }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainer}'
          authentication: { type: 'SystemAssignedIdentity' }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: { name: 'node', version: nodeVersion }
    }
    siteConfig: {
      minTlsVersion: '1.2'
      cors: { allowedOrigins: allowedOrigins, supportCredentials: false }
      appSettings: [for setting in items(union(hostSettings, appSettings)): { name: setting.key, value: setting.value }]
    }
  }
}

output id string = app.id
output name string = app.name
output defaultHostName string = app.properties.defaultHostName
output principalId string = app.identity.principalId
