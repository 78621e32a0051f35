// The audience routes (coordinators): a course's audience choice and its reach before sending.
import type { Audience, AudienceChannel, AudienceReach, AudienceReachRequest, CourseAudience } from "@campus-westum/api/contract";
import { apiFetch } from "./apiFetch";

export interface AudienceClient {
  courseAudience(courseId: string, signal?: AbortSignal): Promise<CourseAudience>;
  setCourseAudience(courseId: string, audience: Audience): Promise<CourseAudience>;
  reach(request: AudienceReachRequest, signal?: AbortSignal): Promise<AudienceReach>;
  channels(signal?: AbortSignal): Promise<AudienceChannel[]>;
}

export function createAudienceClient(getToken: () => Promise<string>, locale: string): AudienceClient {
  const path = (courseId: string) => `/api/courses/${encodeURIComponent(courseId)}/audience`;
  return {
    courseAudience: (courseId, signal) => apiFetch(path(courseId), { locale, getToken, signal }),
    setCourseAudience: (courseId, audience) => apiFetch(path(courseId), { locale, getToken, method: "PUT", body: audience }),
    reach: (request, signal) => apiFetch("/api/audience/reach", { locale, getToken, method: "POST", body: request, signal }),
    channels: (signal) => apiFetch("/api/audience/channels", { locale, getToken, signal }),
  };
}
