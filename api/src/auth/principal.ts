import type { Role } from "../contract/index.js";

/** The caller of a request, from a validated token. */
export interface Principal {
  id: string;
  name: string;
  email: string;
  tenantId: string;
  role: Role;
}

/** The app role (appRoles in the Entra app registration) that makes a user a coordinator. */
export const COORDINATOR_APP_ROLE = "Coordinator";
