// The link to a course that people share: the catalogue's web address with ?course=<id>; inside
// Teams a deep link to the app's "Utbildningar" tab that opens the course (subEntityId), falling
// back to the web address when Teams has not told the app its id.
import type { TeamsContextInfo } from "../teams";

/** The static tab's entityId in appPackage/manifest.json. */
export const CATALOGUE_ENTITY_ID = "catalogue";

export function courseWebUrl(courseId: string): string {
  const url = new URL(`${import.meta.env.BASE_URL}catalogue`, window.location.origin);
  url.searchParams.set("course", courseId);
  return url.toString();
}

export function courseShareUrl(courseId: string, context: TeamsContextInfo | null): string {
  const webUrl = courseWebUrl(courseId);
  if (!context?.appId) return webUrl;
  const params = new URLSearchParams({ webUrl, context: JSON.stringify({ subEntityId: courseId }) });
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(context.appId)}/${CATALOGUE_ENTITY_ID}?${params}`;
}
