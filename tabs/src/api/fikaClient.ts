// The coordinators' digital fika routes (see api/src/contract/fika.ts), in a client of their own so
// that only the lazily loaded fika view carries them. Failures arrive as ProblemError (apiFetch).
import type { FikaSeriesList, FikaSeriesRequest, FikaSeriesView } from "@campus-westum/api/contract";
import { apiFetch } from "./apiFetch";

export interface FikaClient {
  listFikaSeries(signal?: AbortSignal): Promise<FikaSeriesList>;
  createFikaSeries(input: FikaSeriesRequest): Promise<FikaSeriesView>;
  /** Replaces the whole series: send every field, `active: false` to pause it. */
  updateFikaSeries(id: string, input: FikaSeriesRequest): Promise<FikaSeriesView>;
}

const SERIES = "/api/fika/series";

export function createFikaClient(getToken: () => Promise<string>, locale: string): FikaClient {
  return {
    listFikaSeries: (signal) => apiFetch(SERIES, { locale, getToken, signal }),
    createFikaSeries: (body) => apiFetch(SERIES, { locale, getToken, method: "POST", body }),
    updateFikaSeries: (id, body) => apiFetch(`${SERIES}/${encodeURIComponent(id)}`, { locale, getToken, method: "PUT", body }),
  };
}
