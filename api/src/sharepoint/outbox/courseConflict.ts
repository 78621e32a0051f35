// The SharePoint conflict coordinators see on a course (its detail) and on a fika series (the fika
// view), decision 0017: the last write-back the lists refused, with the list's and the app's
// values; on a course also its registrations' refused changes. Absent without SharePoint, for
// staff, and when the last write-back went through.
import type { SharePointConflict } from "../../contract/index.js";
import type { Services } from "../../services.js";
import { columnLabel, LIST_NAMES } from "../listNames.js";
import { ItemLinks } from "./itemLinks.js";
import { fikaGroup, registrationConflictGroup } from "./outboxItems.js";

type Conflict = { sharepointConflict?: SharePointConflict };

async function conflictOf(services: Services, group: string): Promise<Conflict> {
  const conflict = await new ItemLinks(services.tables).conflict(group);
  return conflict ? { sharepointConflict: labelled(conflict) } : {};
}

/** A course's refused write, and its registrations' (one item each). */
async function courseConflictsOf(services: Services, courseId: string): Promise<Conflict & { sharepointRegistrationConflict?: SharePointConflict }> {
  const links = new ItemLinks(services.tables);
  const [course, registrations] = await Promise.all([links.conflict(courseId), links.conflict(registrationConflictGroup(courseId))]);
  return { ...(course ? { sharepointConflict: labelled(course) } : {}), ...(registrations ? { sharepointRegistrationConflict: labelled(registrations) } : {}) };
}

/** Each refused field with its column's name in the list (a lookup is written as <Column>LookupId). */
function labelled(conflict: SharePointConflict): SharePointConflict {
  const items = conflict.items.map((item) => {
    const list = Object.entries(LIST_NAMES).find(([, names]) => names.label.sv === item.list)?.[0] ?? item.list;
    return { ...item, fields: item.fields.map((f) => ({ ...f, label: columnLabel(list, f.field.replace(/LookupId$/, "")) })) };
  });
  return { ...conflict, items };
}

export async function courseConflictFor(services: Services, courseId: string, role: string): Promise<Conflict & { sharepointRegistrationConflict?: SharePointConflict }> {
  if (!services.config.sharepoint || role !== "coordinator") return {};
  return courseConflictsOf(services, courseId);
}

/** The fika routes are for coordinators only. */
export async function fikaConflictFor(services: Services, seriesId: string): Promise<Conflict> {
  if (!services.config.sharepoint) return {};
  return conflictOf(services, fikaGroup(seriesId));
}
