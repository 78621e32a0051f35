// POST /api/needs/rounds/{id}/matches/{area}/draft-course (coordinators): a need becomes a draft
// course. Body (optional): { providerMemberId?, project? }.
// - The provider: the one named, else the first member (by name) that teaches the area; 400 when
//   none does, so the coordinator names one.
// - The project (decision 0018: a new course takes an active project): the one named, else the only
//   active project; with several, or none, a 400 that says which to choose from.
// The course goes through the catalogue's own creation path (createCourseRecord.ts): an ordinary
// draft, in the catalogue for coordinators, written back to SharePoint like any other.
import * as z from "zod";
import type { Project } from "../../contract/index.js";
import { courseInputSchema, memberId, projectName } from "../../domain/catalogue/courseSchema.js";
import { toCourse } from "../../domain/catalogue/courseView.js";
import { emptyLedger } from "../../domain/catalogue/seatRules.js";
import { draftCourseInput } from "../../domain/needs/draftCourse.js";
import { providersOf } from "../../domain/needs/needsMatches.js";
import { invalidFields, parseBody } from "../../http/body.js";
import type { Lang } from "../../http/language.js";
import { problems } from "../../http/problem.js";
import { json, type Handler } from "../../http/route.js";
import { createCourseRecord } from "../catalogue/createCourseRecord.js";
import { areaOf, loadRoundResults } from "./roundResults.js";

const draftRequest = z.object({ providerMemberId: memberId.optional(), project: projectName.optional() });

function chosenProject(named: string | undefined, projects: readonly Project[], lang: Lang): string {
  if (named !== undefined) return named;
  const active = projects.filter((p) => p.active);
  if (active.length === 1) return active[0]!.name;
  const names = active.map((p) => p.name).join(", ");
  throw invalidFields([
    {
      field: "project",
      message:
        active.length === 0
          ? lang === "sv" ? "det finns inget aktivt projekt att lägga kursen i; lägg till ett i listan Projekt" : "there is no active project to put the course in; add one to the Projekt list"
          : lang === "sv" ? `välj projekt: ${names}` : `choose the project: ${names}`,
    },
  ]);
}

export const draftCourseFromNeeds: Handler<"coordinator"> = async ({ request, services, caller, lang }) => {
  const area = areaOf(request);
  const body = await parseBody(request, draftRequest, lang);
  const [results, directory, projects] = await Promise.all([loadRoundResults(services, request, caller, lang), services.directory.current(), services.projects.list()]);
  const providerMemberId = body.providerMemberId ?? providersOf(area, directory.all())[0]?.memberId;
  if (!providerMemberId) {
    throw invalidFields([{ field: "providerMemberId", message: lang === "sv" ? "ingen medlem undervisar i området: välj vilken medlem som ska ge kursen" : "no member teaches the area: choose the member to give the course" }]);
  }
  const project = chosenProject(body.project, projects, lang);
  const input = draftCourseInput(results, area, { providerMemberId, project, inDirectory: (id) => directory.get(id) !== undefined }, lang);
  if (!input) {
    throw problems.conflict("no-needs", { sv: "Inga behov i området", en: "No needs in the area" }, {
      sv: "Ingen medlem har angett behov i det här området i omgången, så det finns inget att göra en kurs av.",
      en: "No member stated a need in this area in the round, so there is nothing to draft a course from.",
    });
  }
  const record = await createCourseRecord(services, courseInputSchema.parse(input), lang);
  return json(toCourse(record, emptyLedger()), 201);
};
