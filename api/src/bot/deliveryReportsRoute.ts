// GET /api/announcements (coordinators): the latest announcements, for the tab's "Utskick" view,
// whose delivery reports are asked for one at a time (deliveryReportRoute.ts). Bounded by time
// and count: a network makes hundreds a month (reminders, fika, course news).
import { ANNOUNCEMENT_LIST_DAYS, ANNOUNCEMENT_LIST_MAX, type AnnouncementList } from "../contract/index.js";
import { json, type Handler } from "../http/route.js";
import { botServicesOf } from "./botServices.js";

export const listAnnouncements: Handler<"coordinator"> = async ({ services }) => {
  const since = new Date(services.now() - ANNOUNCEMENT_LIST_DAYS * 86_400_000).toISOString();
  const list: AnnouncementList = { announcements: await botServicesOf(services).announcements.recent(since, ANNOUNCEMENT_LIST_MAX) };
  return json(list);
};
