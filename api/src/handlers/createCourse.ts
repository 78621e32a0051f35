// POST /api/courses (coordinators): a new course, as a draft until it is published.
import { randomBytes } from "node:crypto";
import { buildCourseRecord } from "../domain/catalogue/courseBuilder.js";
import { courseInputSchema } from "../domain/catalogue/courseSchema.js";
import { toCourse } from "../domain/catalogue/courseView.js";
import { emptyLedger } from "../domain/catalogue/seatRules.js";
import { toStockholmIso } from "@campus-westum/bot/stockholmClock";
import { normalizeText } from "../domain/normalize.js";
import { invalidFields, parseBody } from "../http/body.js";
import { json, type Handler } from "../http/route.js";
import { checkProject } from "./catalogue/projectCheck.js";

/** Readable, unique ids: the title's words and a random tail ("content-marketing-3f9a0c2e"); 4 random bytes, because coordinators reuse titles every term and 2 bytes collided (a 409 from the store). */
const newCourseId = (title: string) => `${normalizeText(title).replace(/ /g, "-").slice(0, 50).replace(/-$/, "") || "kurs"}-${randomBytes(4).toString("hex")}`;

export const createCourse: Handler<"coordinator"> = async ({ request, services, lang }) => {
  const input = await parseBody(request, courseInputSchema, lang);
  await checkProject(services, input.project, undefined, lang);
  const directory = await services.directory.current();
  const nowMs = services.now();
  const built = buildCourseRecord(input, (id) => directory.get(id), { id: newCourseId(input.title), createdAt: toStockholmIso(nowMs) }, nowMs);
  if (!built.ok) throw invalidFields(built.problems.map((p) => ({ field: p.field, message: p.text[lang] })));
  await services.courses.create(built.record);
  await services.catalogue.refresh();
  return json(toCourse(built.record, emptyLedger()), 201);
};
