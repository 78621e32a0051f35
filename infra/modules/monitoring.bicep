// Log Analytics + workspace-based Application Insights (classic Application Insights is retired).

@description('Region of both resources.')
param location string

@minLength(4)
@maxLength(63)
@description('Name of the Log Analytics workspace.')
param logAnalyticsName string

@minLength(1)
@maxLength(260)
@description('Name of the Application Insights component.')
param appInsightsName string

@minValue(30)
@maxValue(730)
@description('Days that logs are kept.')
param retentionDays int

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: logAnalyticsName
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: retentionDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
  }
}

output connectionString string = appInsights.properties.ConnectionString
