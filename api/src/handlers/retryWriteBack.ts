// POST /api/sync/write-backs/retry {group, registrationId?}: a coordinator's "Försök igen" on a
// failed or dead-lettered write-back (a WriteBackFailure of GET /api/sync/status). The outbox
// row gets fresh attempts and is due at once; the next outbox pass (every minute, every few
// seconds under npm start) sends it. Answers 202 with the sync's health, where the row now waits.
import * as z from "zod";
import { courseId, registrationId } from "../domain/catalogue/courseSchema.js";
import { parseBody } from "../http/body.js";
import { problems } from "../http/problem.js";
import { json, type Handler } from "../http/route.js";
import { syncHealthOf } from "./syncHealth.js";

const retrySchema = z.strictObject({
  /** A course id, "fika~<series id>" or "needs~<round id>" (sharepoint/outbox/outboxItems.ts). */
  group: z.union([courseId, z.string().regex(/^fika~fika-[0-9a-f]{8}$/, "fika~ and a series id"), z.string().regex(/^needs~needs-[0-9a-f]{8}$/, "needs~ and a round id")]),
  registrationId: registrationId.optional(),
});

export const retryWriteBack: Handler<"coordinator"> = async ({ request, services, lang }) => {
  const outbox = services.sharepointOutboxStore;
  if (!outbox) {
    throw problems.conflict(
      "sync-not-configured",
      { sv: "SharePoint är inte anslutet", en: "SharePoint is not connected" },
      { sv: "Appen körs i lokalt läge: inget skrivs tillbaka till SharePoint.", en: "The app runs in local mode: nothing is written back to SharePoint." },
    );
  }
  const { group, registrationId: id } = await parseBody(request, retrySchema, lang);
  if (!(await outbox.retry(group, id ?? ""))) {
    throw problems.notFound({
      sv: "Det här väntar inte längre på att skrivas till listorna: det har kommit fram sedan vyn laddades. Ladda om vyn.",
      en: "This no longer waits to be written to the lists: it has arrived since the view was loaded. Reload the view.",
    });
  }
  return json(await syncHealthOf(services), 202);
};
