// One storage account for everything the app keeps: the API's tables and queues (read model,
// registrations outbox, conversation references, deliveries), the Functions host's own state, and
// the Flex Consumption deployment package (a blob container).

@description('Region of the account.')
param location string

@minLength(3)
@maxLength(24)
@description('Globally unique; lowercase letters and digits only.')
param name string

@minLength(3)
@maxLength(63)
@description('Blob container that holds the Function App\'s deployment package.')
param deploymentContainer string

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    // Still needed: the API connects with STORAGE_CONNECTION_STRING (a key kept in Key Vault).
    // Set to false once the API connects with its managed identity (the roles are already granted).
    allowSharedKeyAccess: true
  }
}

resource blobs 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource packages 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobs
  name: deploymentContainer
}

output name string = account.name
