// POST /api/courses (coordinators): a new course, as a draft until it is published.
import { courseInputSchema } from "../domain/catalogue/courseSchema.js";
import { toCourse } from "../domain/catalogue/courseView.js";
import { emptyLedger } from "../domain/catalogue/seatRules.js";
import { parseBody } from "../http/body.js";
import { json, type Handler } from "../http/route.js";
import { createCourseRecord } from "./catalogue/createCourseRecord.js";

export const createCourse: Handler<"coordinator"> = async ({ request, services, lang }) => {
  const input = await parseBody(request, courseInputSchema, lang);
  const record = await createCourseRecord(services, input, lang);
  return json(toCourse(record, emptyLedger()), 201);
};
