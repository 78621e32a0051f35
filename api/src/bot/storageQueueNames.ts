// Queue names derive from the table prefix, so tests and benchmarks sharing one Azurite never
// see each other's messages. Queue names are lower-case letters, digits and hyphens.
export const deliveryQueueName = (prefix: string) => `${prefix.toLowerCase()}-deliveries`;
export const poisonQueueName = (prefix: string) => `${prefix.toLowerCase()}-deliveries-poison`;
