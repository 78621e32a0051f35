// GET /api/announcements/{id}/report (coordinators): the delivery report of one announcement.
import { problems } from "../http/problem.js";
import { json, type Handler } from "../http/route.js";
import { botServicesOf } from "./botServices.js";
import { deliveryReport } from "./deliveryReport.js";

export const announcementReport: Handler<"coordinator"> = async ({ request, services }) => {
  const id = request.params.id ?? "";
  const report = /^[A-Za-z0-9_-]{1,200}$/.test(id) ? await deliveryReport(botServicesOf(services), id) : undefined;
  if (!report) throw problems.notFound({ sv: "Det finns inget utskick med det id:t.", en: "There is no announcement with that id." });
  return json(report);
};
