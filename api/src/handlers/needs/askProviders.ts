// POST /api/needs/rounds/{id}/matches/{area}/ask-providers (coordinators): asks the members that
// teach an area whether one of them can give a course in it. This writes a "needs-provider-request"
// record (store/needsEvents.ts); the bot's pump sends each contact of those members a card ("Kan ni
// ge en kurs i <område>?") with a link to the catalogue. 409 when nobody asked for the area in the
// round, or no member teaching it has a contact with an e-mail to ask.
// Once per round and area (docs/decisions/0021): a second click, or two coordinators at once, get
// the first request back with alreadyAsked and write nothing, so nobody gets the card twice.
import type { NeedsProviderRequest } from "../../contract/index.js";
import { peopleReached, providersOf } from "../../domain/needs/needsMatches.js";
import { problems } from "../../http/problem.js";
import { json, type Handler } from "../../http/route.js";
import { toStockholmIso } from "@campus-westum/bot/stockholmClock";
import { newNeedsEventId } from "../../store/needsEvents.js";
import { areaOf, loadRoundResults } from "./roundResults.js";

export const askProviders: Handler<"coordinator"> = async ({ request, services, caller, lang }) => {
  const area = areaOf(request);
  const [results, directory] = await Promise.all([loadRoundResults(services, request, caller, lang), services.directory.current()]);
  if (!results.byArea.some((a) => a.area === area && a.total.members > 0)) {
    throw problems.conflict("no-needs", { sv: "Inga behov i området", en: "No needs in the area" }, {
      sv: "Ingen medlem har angett behov i det här området i omgången, så det finns inget att fråga om.",
      en: "No member stated a need in this area in the round, so there is nothing to ask about.",
    });
  }
  const members = directory.all();
  const providers = providersOf(area, members).filter((p) => p.contacts > 0);
  if (providers.length === 0) {
    throw problems.conflict("no-providers", { sv: "Ingen att fråga", en: "Nobody to ask" }, {
      sv: "Ingen medlem med kontaktpersoner undervisar i området enligt medlemskatalogen. Skapa ett kursutkast i stället, eller be en medlem lägga till området.",
      en: "According to the member directory, no member with contacts teaches the area. Draft a course instead, or ask a member to add the area.",
    });
  }
  const nowMs = services.now();
  const memberIds = providers.map((p) => p.memberId);
  const at = toStockholmIso(nowMs);
  const people = peopleReached(members.filter((m) => memberIds.includes(m.id)));
  const event = { type: "needs-provider-request", id: newNeedsEventId(nowMs), roundId: results.round.id, at, area, memberIds, askedBy: { name: caller.name, email: caller.email } } as const;
  const { first, asked } = await services.needs.askProvidersOnce(event, { at, by: caller.name, members: providers.length, people });
  const answer: NeedsProviderRequest = { area, ...asked, ...(first ? {} : { alreadyAsked: true }) };
  return json(answer);
};
