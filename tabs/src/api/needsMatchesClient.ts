// Needs meet offers (api/src/contract/needs.ts): a round's matches, a draft course from an area's
// needs, and the card to the members that teach the area. Only the needs view loads it.
import { useMemo } from "react";
import type { Course, EducationAreaId, NeedsMatches, NeedsProviderRequest } from "@campus-westum/api/contract";
import { useIdentity } from "../identity/IdentityProvider";
import { useLocale } from "../i18n";
import { apiFetch } from "./apiFetch";

export interface NeedsMatchesClient {
  matches(roundId: string, signal?: AbortSignal): Promise<NeedsMatches>;
  /** The provider and project may be left out: the API takes the area's first provider and the only active project. */
  draftCourse(roundId: string, area: EducationAreaId, choices: { providerMemberId?: string; project?: string }): Promise<Course>;
  askProviders(roundId: string, area: EducationAreaId): Promise<NeedsProviderRequest>;
}

const matchesOf = (roundId: string) => `/api/needs/rounds/${encodeURIComponent(roundId)}/matches`;

export function createNeedsMatchesClient(getToken: () => Promise<string>, locale: string): NeedsMatchesClient {
  return {
    matches: (roundId, signal) => apiFetch(matchesOf(roundId), { locale, getToken, signal }),
    draftCourse: (roundId, area, body) => apiFetch(`${matchesOf(roundId)}/${area}/draft-course`, { locale, getToken, method: "POST", body }),
    askProviders: (roundId, area) => apiFetch(`${matchesOf(roundId)}/${area}/ask-providers`, { locale, getToken, method: "POST" }),
  };
}

export function useNeedsMatchesApi(): NeedsMatchesClient {
  const { getToken } = useIdentity();
  const { locale } = useLocale();
  return useMemo(() => createNeedsMatchesClient(getToken, locale), [getToken, locale]);
}
