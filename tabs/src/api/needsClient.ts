// The needs inventory's routes (see api/src/contract/needs.ts), in a client of their own so that only
// the lazily loaded needs view carries them. Failures arrive as ProblemError (apiFetch); the exports
// are fetched with the token and saved by the page, like the participation report's.
import type {
  MyNeedsAnswers,
  NeedsAnswer,
  NeedsAnswerInput,
  NeedsReminderResult,
  NeedsResults,
  NeedsRound,
  NeedsRoundInput,
  NeedsRoundList,
} from "@campus-westum/api/contract";
import { apiDownload, apiFetch, type DownloadedFile } from "./apiFetch";
import type { ExportFormat } from "./catalogueClient";

export interface NeedsClient {
  listRounds(signal?: AbortSignal): Promise<NeedsRoundList>;
  createRound(input: NeedsRoundInput): Promise<NeedsRound>;
  updateRound(id: string, input: NeedsRoundInput): Promise<NeedsRound>;
  sendRound(id: string): Promise<NeedsRound>;
  remind(id: string): Promise<NeedsReminderResult>;
  myAnswers(id: string, signal?: AbortSignal): Promise<MyNeedsAnswers>;
  saveAnswer(id: string, memberId: string, input: NeedsAnswerInput): Promise<NeedsAnswer>;
  results(id: string, signal?: AbortSignal): Promise<NeedsResults>;
  exportResults(id: string, format: ExportFormat): Promise<DownloadedFile>;
}

const ROUNDS = "/api/needs/rounds";
const round = (id: string) => `${ROUNDS}/${encodeURIComponent(id)}`;

export function createNeedsClient(getToken: () => Promise<string>, locale: string): NeedsClient {
  return {
    listRounds: (signal) => apiFetch(ROUNDS, { locale, getToken, signal }),
    createRound: (body) => apiFetch(ROUNDS, { locale, getToken, method: "POST", body }),
    updateRound: (id, body) => apiFetch(round(id), { locale, getToken, method: "PUT", body }),
    sendRound: (id) => apiFetch(`${round(id)}/send`, { locale, getToken, method: "POST" }),
    remind: (id) => apiFetch(`${round(id)}/remind`, { locale, getToken, method: "POST" }),
    myAnswers: (id, signal) => apiFetch(`${round(id)}/answers/mine`, { locale, getToken, signal }),
    saveAnswer: (id, memberId, body) =>
      apiFetch(`${round(id)}/answers/${encodeURIComponent(memberId)}`, { locale, getToken, method: "PUT", body }),
    results: (id, signal) => apiFetch(`${round(id)}/results`, { locale, getToken, signal }),
    exportResults: (id, format) =>
      apiDownload(`${round(id)}/results`, { locale, getToken, query: new URLSearchParams({ format }) }, `${id}.${format}`),
  };
}
