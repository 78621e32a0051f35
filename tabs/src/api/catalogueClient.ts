// The course catalogue's API routes (see the route list in api/src/contract/catalogue.ts), kept
// apart from client.ts so the directory's first download does not carry them. Bound to the user
// and language by useCatalogueApi(), together with the common routes.
import type {
  AttendanceUpdate, CalendarFeedAddress, CalendarFeedStatus, Course, CourseFilters, CourseInput, CourseSearchResult, MyRegistration, ParticipationReport, Project, Registration,
  RegistrationMemberChange, RegistrationRequest,
} from "@campus-westum/api/contract";
import { apiDownload, apiFetch, type DownloadedFile } from "./apiFetch";
import { courseFiltersToParams } from "./courseFilters";

export interface CatalogueClient {
  searchCourses(request: CourseSearchRequest, signal?: AbortSignal): Promise<CourseSearchResult>;
  getCourse(id: string, signal?: AbortSignal): Promise<Course>;
  /** The projects, active ones first (contract/projects.ts). */
  projects(signal?: AbortSignal): Promise<Project[]>;
  register(courseId: string, request: RegistrationRequest): Promise<Registration>;
  cancelRegistration(courseId: string, registrationId: string): Promise<Registration>;
  myRegistrations(signal?: AbortSignal): Promise<MyRegistration[]>;
  courseCalendar(courseId: string): Promise<DownloadedFile>;
  /** The personal calendar feed (contract/calendarFeed.ts): its state, a new address, ending it. */
  calendarFeed(signal?: AbortSignal): Promise<CalendarFeedStatus>;
  renewCalendarFeed(): Promise<CalendarFeedAddress>;
  endCalendarFeed(): Promise<CalendarFeedStatus>;
  // Coordinators only (the API answers others with 403).
  listRegistrations(courseId: string, signal?: AbortSignal): Promise<Registration[]>;
  recordAttendance(courseId: string, update: AttendanceUpdate): Promise<Registration[]>;
  changeRegistrationMember(courseId: string, registrationId: string, change: RegistrationMemberChange): Promise<Registration>;
  exportCourse(courseId: string, format: ExportFormat): Promise<DownloadedFile>;
  participationReport(query: ReportQuery, signal?: AbortSignal): Promise<ParticipationReport>;
  exportParticipationReport(query: ReportQuery, format: ExportFormat): Promise<DownloadedFile>;
  createCourse(input: CourseInput): Promise<Course>;
  updateCourse(id: string, input: CourseInput): Promise<Course>;
  publishCourse(id: string): Promise<Course>;
  cancelCourse(id: string, reason: string): Promise<Course>;
}

export type ExportFormat = "csv" | "xlsx";

export interface CourseSearchRequest {
  filters: CourseFilters;
  page: number;
  pageSize: number;
}

/** GET /api/reports/participation: Stockholm days, optionally one project or member. */
export interface ReportQuery {
  from: string;
  to: string;
  project?: string;
  member?: string;
}

export function createCatalogueClient(getToken: () => Promise<string>, locale: string): CatalogueClient {
  return {
    searchCourses: ({ filters, page, pageSize }, signal) => {
      const query = courseFiltersToParams(filters);
      for (const status of filters.status ?? []) query.append("status", status);
      query.set("page", String(page));
      query.set("pageSize", String(pageSize));
      return apiFetch("/api/courses", { locale, getToken, query, signal });
    },
    getCourse: (id, signal) => apiFetch(course(id), { locale, getToken, signal }),
    projects: (signal) => apiFetch("/api/projects", { locale, getToken, signal }),
    register: (courseId, body) => apiFetch(`${course(courseId)}/registrations`, { locale, getToken, method: "POST", body }),
    cancelRegistration: (courseId, registrationId) =>
      apiFetch(`${course(courseId)}/registrations/${encodeURIComponent(registrationId)}`, { locale, getToken, method: "DELETE" }),
    myRegistrations: (signal) => apiFetch("/api/me/registrations", { locale, getToken, signal }),
    courseCalendar: (courseId) => apiDownload(`${course(courseId)}/calendar.ics`, { locale, getToken }, `${courseId}.ics`),
    calendarFeed: (signal) => apiFetch("/api/me/calendar-feed", { locale, getToken, signal }),
    renewCalendarFeed: () => apiFetch("/api/me/calendar-feed", { locale, getToken, method: "POST" }),
    endCalendarFeed: () => apiFetch("/api/me/calendar-feed", { locale, getToken, method: "DELETE" }),

    listRegistrations: (courseId, signal) => apiFetch(`${course(courseId)}/registrations`, { locale, getToken, signal }),
    recordAttendance: (courseId, body) => apiFetch(`${course(courseId)}/attendance`, { locale, getToken, method: "PUT", body }),
    changeRegistrationMember: (courseId, registrationId, body) =>
      apiFetch(`${course(courseId)}/registrations/${encodeURIComponent(registrationId)}`, { locale, getToken, method: "PATCH", body }),
    exportCourse: (courseId, format) =>
      apiDownload(`${course(courseId)}/export`, { locale, getToken, query: new URLSearchParams({ format }) }, `${courseId}.${format}`),
    participationReport: (query, signal) => apiFetch("/api/reports/participation", { locale, getToken, query: reportParams(query), signal }),
    exportParticipationReport: (query, format) =>
      apiDownload("/api/reports/participation", { locale, getToken, query: reportParams(query, format) }, `deltagande.${format}`),
    createCourse: (body) => apiFetch("/api/courses", { locale, getToken, method: "POST", body }),
    updateCourse: (id, body) => apiFetch(course(id), { locale, getToken, method: "PUT", body }),
    publishCourse: (id) => apiFetch(`${course(id)}/publish`, { locale, getToken, method: "POST", body: {} }),
    cancelCourse: (id, reason) => apiFetch(`${course(id)}/cancel`, { locale, getToken, method: "POST", body: reason ? { reason } : {} }),
  };
}

const course = (id: string) => `/api/courses/${encodeURIComponent(id)}`;

function reportParams({ from, to, project, member }: ReportQuery, format?: ExportFormat): URLSearchParams {
  const params = new URLSearchParams({ from, to });
  if (project) params.set("project", project);
  if (member) params.set("member", member);
  if (format) params.set("format", format);
  return params;
}
