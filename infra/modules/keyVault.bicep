// Key Vault with Azure RBAC: the app's secrets, which the Function App reads as Key Vault
// references with its system-assigned identity (roleAssignments.bicep grants Key Vault Secrets User).

@description('Region of the vault.')
param location string

@minLength(3)
@maxLength(24)
@description('Globally unique vault name.')
param name string

@minLength(3)
@maxLength(24)
@description('The storage account whose connection string the API uses.')
param storageAccountName string

@secure()
@description('Client secret of the SSO/API Entra app.')
param aadAppClientSecret string

@secure()
@description('Client secret of the bot\'s Entra app.')
param botAadAppClientSecret string

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
  }
}

// The key never leaves Azure Resource Manager: it goes straight from listKeys into the vault.
resource storageConnectionString 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'storage-connection-string'
  properties: {
    value: 'DefaultEndpointsProtocol=https;AccountName=${storage.name};AccountKey=${storage.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'
  }
}

resource aadAppSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'aad-app-client-secret'
  properties: { value: aadAppClientSecret }
}

resource botPassword 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'bot-password'
  properties: { value: botAadAppClientSecret }
}

// App setting values that point at the secrets (not the secrets themselves).
var ref = '@Microsoft.KeyVault(VaultName=${vault.name};SecretName='
output name string = vault.name
output storageConnectionStringRef string = '${ref}${storageConnectionString.name})'
output aadAppClientSecretRef string = '${ref}${aadAppSecret.name})'
output botPasswordRef string = '${ref}${botPassword.name})'
// Not created here: an admin adds it when graphCredential is "certificate" (docs/setup.md).
output graphCertificateRef string = '${ref}graph-certificate-pem)'
// Not created here, so a redeployment keeps it (a new key would break every calendar link in
// cards already sent): an admin adds it once (docs/setup.md); until then the API refuses to start.
output calendarLinkKeyRef string = '${ref}calendar-link-key)'
