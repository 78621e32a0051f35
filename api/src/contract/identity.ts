// Who is calling, as the API understands it after validating the bearer token.

export type Role = "coordinator" | "staff";

export interface Me {
  id: string;
  name: string;
  email: string;
  tenantId: string;
  role: Role;
  /** The member (learning centre) the directory knows the caller by; absent: she declares it when registering. */
  memberId?: string;
}

/** Local mode only: a sample user that the API's own key can sign in as. */
export interface LocalUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  description: string;
}

export interface LocalTokenResponse {
  accessToken: string;
  expiresOn: string;
}
