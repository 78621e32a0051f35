// Creating a course: the one path every new course takes (the catalogue's form, a draft from the
// needs inventory), so that the project check, the course rules and the write-back hold for all.
import { randomBytes } from "node:crypto";
import { buildCourseRecord } from "../../domain/catalogue/courseBuilder.js";
import type { CourseInputData, CourseRecord } from "../../domain/catalogue/courseSchema.js";
import { normalizeText } from "../../domain/normalize.js";
import { toStockholmIso } from "@campus-westum/bot/stockholmClock";
import { invalidFields } from "../../http/body.js";
import type { Lang } from "../../http/language.js";
import type { Services } from "../../services.js";
import { checkProject } from "./projectCheck.js";

/** Readable, unique ids: the title's words and a random tail ("content-marketing-3f9a0c2e"); 4 random bytes, because coordinators reuse titles every term and 2 bytes collided (a 409 from the store). */
const newCourseId = (title: string) => `${normalizeText(title).replace(/ /g, "-").slice(0, 50).replace(/-$/, "") || "kurs"}-${randomBytes(4).toString("hex")}`;

/** Stores a new draft course from validated input; 400 (sv/en) for an inactive project or a course the rules refuse. */
export async function createCourseRecord(services: Services, input: CourseInputData, lang: Lang): Promise<CourseRecord> {
  await checkProject(services, input.project, undefined, lang);
  const directory = await services.directory.current();
  const nowMs = services.now();
  const built = buildCourseRecord(input, (id) => directory.get(id), { id: newCourseId(input.title), createdAt: toStockholmIso(nowMs) }, nowMs);
  if (!built.ok) throw invalidFields(built.problems.map((p) => ({ field: p.field, message: p.text[lang] })));
  await services.courses.create(built.record);
  await services.catalogue.refresh();
  return built.record;
}
