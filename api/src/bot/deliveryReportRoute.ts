// GET /api/announcements/{id}/report (coordinators): the delivery report of one announcement.
import { problems } from "../http/problem.js";
import { json, type Handler } from "../http/route.js";
import { botServicesOf } from "./botServices.js";
import { deliveryReport } from "./deliveryReport.js";

/** What an announcement id looks like (the queue message's `a`). */
export const ANNOUNCEMENT_ID = /^[A-Za-z0-9_-]{1,200}$/;
export const noSuchAnnouncement = () => problems.notFound({ sv: "Det finns inget utskick med det id:t.", en: "There is no announcement with that id." });

export const announcementReport: Handler<"coordinator"> = async ({ request, services }) => {
  const id = request.params.id ?? "";
  const report = ANNOUNCEMENT_ID.test(id) ? await deliveryReport(botServicesOf(services), id) : undefined;
  if (!report) throw noSuchAnnouncement();
  return json(report);
};
