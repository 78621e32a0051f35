// The API's routes as typed functions. Bound to the current token source and UI language by
// useApi(); the local sign-in routes need no token and are used before there is one.
import type {
  Health, LocalTokenResponse, LocalUser, Me, MemberDetail, MemberFilters, MemberSearchResult,
} from "@campus-westum/api/contract";
import { apiFetch } from "./apiFetch";
import { filtersToParams } from "./memberFilters";

export interface ApiClient {
  health(signal?: AbortSignal): Promise<Health>;
  me(signal?: AbortSignal): Promise<Me>;
  searchMembers(request: MemberSearchRequest, signal?: AbortSignal): Promise<MemberSearchResult>;
  getMember(id: string, signal?: AbortSignal): Promise<MemberDetail>;
}

export interface MemberSearchRequest {
  filters: MemberFilters;
  page: number;
  pageSize: number;
}

export function createApiClient(getToken: () => Promise<string>, locale: string): ApiClient {
  return {
    health: (signal) => apiFetch("/api/health", { locale, signal }),
    me: (signal) => apiFetch("/api/me", { locale, getToken, signal }),
    searchMembers: ({ filters, page, pageSize }, signal) => {
      const query = filtersToParams(filters);
      query.set("page", String(page));
      query.set("pageSize", String(pageSize));
      return apiFetch("/api/members", { locale, getToken, query, signal });
    },
    getMember: (id, signal) => apiFetch(`/api/members/${encodeURIComponent(id)}`, { locale, getToken, signal }),
  };
}

/** Local mode only: the sample users the API can sign in as. */
export function listLocalUsers(locale: string, signal?: AbortSignal): Promise<LocalUser[]> {
  return apiFetch("/api/dev/users", { locale, signal });
}

/** Local mode only: a token for one sample user, signed by the API's local key. */
export function issueLocalToken(userId: string, locale: string): Promise<LocalTokenResponse> {
  return apiFetch("/api/dev/token", { locale, method: "POST", body: { userId } });
}
