// The coordinators' announcement routes (see api/src/contract/announcements.ts), in a client of
// their own so that only the lazily loaded "Utskick" view carries them. Failures arrive as
// ProblemError (apiFetch).
import type { AnnouncementList, DeliveryReportView, DeliveryRetryResult } from "@campus-westum/api/contract";
import { apiFetch } from "./apiFetch";

export interface AnnouncementsClient {
  listAnnouncements(signal?: AbortSignal): Promise<AnnouncementList>;
  deliveryReport(id: string, signal?: AbortSignal): Promise<DeliveryReportView>;
  /** Puts the failed deliveries back on the queue; 409 when none failed. */
  retryFailed(id: string): Promise<DeliveryRetryResult>;
}

const ANNOUNCEMENTS = "/api/announcements";

export function createAnnouncementsClient(getToken: () => Promise<string>, locale: string): AnnouncementsClient {
  const one = (id: string) => `${ANNOUNCEMENTS}/${encodeURIComponent(id)}`;
  return {
    listAnnouncements: (signal) => apiFetch(ANNOUNCEMENTS, { locale, getToken, signal }),
    deliveryReport: (id, signal) => apiFetch(`${one(id)}/report`, { locale, getToken, signal }),
    retryFailed: (id) => apiFetch(`${one(id)}/retry`, { locale, getToken, method: "POST" }),
  };
}
