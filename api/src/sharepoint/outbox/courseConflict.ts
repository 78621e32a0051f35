// The course detail's SharePoint conflict for coordinators (decision 0017): the last write-back
// of the course the lists refused, with the list's and the app's values. Absent without
// SharePoint, for staff, and when the course's last write-back went through.
import type { SharePointConflict } from "../../contract/index.js";
import type { Services } from "../../services.js";
import { ItemLinks } from "./itemLinks.js";

export async function courseConflictFor(services: Services, courseId: string, role: string): Promise<{ sharepointConflict?: SharePointConflict }> {
  if (!services.config.sharepoint || role !== "coordinator") return {};
  const conflict = await new ItemLinks(services.tables).conflict(courseId);
  return conflict ? { sharepointConflict: conflict } : {};
}
