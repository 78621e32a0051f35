// GET /api/needs/rounds/{id}/results[?format=csv|xlsx] (coordinators): what the round's answers add
// up to per education area, sub-region and member, and who has not answered; the export has every
// table (an XLSX sheet each, or CSV sections each under its name) for regional partners.
import * as z from "zod";
import { needsResultsTables } from "../../domain/needs/needsExportTables.js";
import { download } from "../../export/download.js";
import { parseQuery } from "../../http/query.js";
import { json, type Handler } from "../../http/route.js";
import { loadRoundResults } from "./roundResults.js";

const resultsQuery = z.object({ format: z.enum(["json", "csv", "xlsx"]).default("json") });

export const needsRoundResults: Handler<"coordinator"> = async ({ request, services, caller, lang }) => {
  const { format } = parseQuery(request.query, resultsQuery, [], lang);
  const results = await loadRoundResults(services, request, caller, lang);
  if (format === "json") return json(results);
  return download(needsResultsTables(results, lang), format, `behov-${results.round.id}`, lang);
};
