// The tabs' static build. Static Web Apps rather than a storage static website because the tabs
// need response headers (CSP frame-ancestors for the Teams hosts, set in staticwebapp.config.json)
// and a real SPA fallback (200, not a 404 error page) for /directory and /catalogue.

@allowed(['westeurope', 'westus2', 'centralus', 'eastus2', 'eastasia'])
@description('Region of the Static Web App resource.')
param location string

@minLength(2)
@maxLength(40)
@description('Name of the Static Web App.')
param name string

resource site 'Microsoft.Web/staticSites@2023-12-01' = {
  name: name
  location: location
  sku: { name: 'Free', tier: 'Free' }
  properties: {}
}

output id string = site.id
output defaultHostname string = site.properties.defaultHostname
