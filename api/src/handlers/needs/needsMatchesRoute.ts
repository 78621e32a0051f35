// GET /api/needs/rounds/{id}/matches (coordinators): needs meet offers. For every area someone asked
// for, the catalogue's live courses in it, the members that teach it (domain/needs/needsMatches.ts)
// and whether they were asked already (so the tab shows it after a reload).
import { needsMatches } from "../../domain/needs/needsMatches.js";
import { json, type Handler } from "../../http/route.js";
import { loadRoundResults } from "./roundResults.js";

export const needsRoundMatches: Handler<"coordinator"> = async ({ request, services, caller, lang }) => {
  const [results, catalogue, directory] = await Promise.all([loadRoundResults(services, request, caller, lang), services.catalogue.current(), services.directory.current()]);
  const asked = await services.needs.providersAsked(results.round.id);
  return json(needsMatches(results, catalogue.courses.values(), directory.all(), services.now(), asked));
};
