// What the results, matches and the needs-meet-offers actions share: the education area named in
// the path, and the round's results now, from its stored answers and the directory's snapshot
// (domain/needs/needsResults.ts).
import type { HttpRequest } from "@azure/functions";
import type { Principal } from "../../auth/principal.js";
import type { EducationAreaId, NeedsResults } from "../../contract/index.js";
import { educationAreaId } from "../../domain/directorySchema.js";
import { hasAnswered, needsResults } from "../../domain/needs/needsResults.js";
import type { Lang } from "../../http/language.js";
import { problems } from "../../http/problem.js";
import type { Services } from "../../services.js";
import { loadRound, roundView } from "./needsRoundAccess.js";

export function areaOf(request: HttpRequest): EducationAreaId {
  const given = request.params.area ?? "";
  const area = educationAreaId.safeParse(given);
  if (!area.success) {
    throw problems.invalidInput([{ field: "area", message: "an education area id" }], {
      sv: `"${given.slice(0, 80)}" är inget utbildningsområde. Välj området i resultatet.`,
      en: `"${given.slice(0, 80)}" is not an education area. Choose the area in the results.`,
    });
  }
  return area.data;
}

/** The results of the round in the path (400 for a malformed id, 404 for an unknown round). */
export async function loadRoundResults(services: Services, request: HttpRequest, caller: Principal, lang: Lang): Promise<NeedsResults> {
  const { record } = await loadRound(services, request, caller);
  const [answers, directory] = await Promise.all([services.needs.listAnswers(record.id, lang), services.directory.current()]);
  const round = await roundView(services, record, answers.filter(hasAnswered).map((a) => a.memberId));
  return needsResults(round, answers, directory.all());
}
