// POST /api/announcements/{id}/retry (coordinators): the announcement's failed deliveries go back
// to the queue (deliveryRetry.ts); answers 202 with how many and the report as it now stands.
import type { DeliveryRetryResult } from "../contract/index.js";
import { problems } from "../http/problem.js";
import { json, type Handler } from "../http/route.js";
import { botServicesOf } from "./botServices.js";
import { deliveryReport } from "./deliveryReport.js";
import { ANNOUNCEMENT_ID, noSuchAnnouncement } from "./deliveryReportRoute.js";
import { retryFailedDeliveries } from "./deliveryRetry.js";

const nothingToRetry = () =>
  problems.conflict("nothing-to-retry", { sv: "Inget att försöka igen", en: "Nothing to retry" }, {
    sv: "Utskicket har inga misslyckade leveranser just nu. Uppdatera rapporten för att se hur det går.",
    en: "The announcement has no failed deliveries right now. Refresh the report to see how it is going.",
  });

export const retryAnnouncement: Handler<"coordinator"> = async ({ request, services }) => {
  const id = request.params.id ?? "";
  const outcome = ANNOUNCEMENT_ID.test(id) ? await retryFailedDeliveries(services, id) : undefined;
  if (!outcome) throw noSuchAnnouncement();
  if (outcome.requeued + outcome.notRetryable === 0) throw nothingToRetry();
  const result: DeliveryRetryResult = { ...outcome, report: (await deliveryReport(botServicesOf(services), id))! };
  return json(result, 202);
};
