// The course view's demand from the needs inventory (domain/needs/courseDemand.ts), read from the store.
import type { CourseNeedsDemand } from "../../contract/index.js";
import type { CourseRecord } from "../../domain/catalogue/courseSchema.js";
import { courseNeedsDemand, currentRound } from "../../domain/needs/courseDemand.js";
import type { Services } from "../../services.js";

/** The demand for the course's areas in the current round; undefined for a course without areas, or without any sent round. */
export async function courseDemandOf(services: Services, course: Pick<CourseRecord, "areas">): Promise<CourseNeedsDemand | undefined> {
  if (course.areas.length === 0) return undefined;
  const round = currentRound(await services.needs.listRounds(), services.now());
  if (!round) return undefined;
  return courseNeedsDemand(round, await services.needs.listAnswers(round.id), course.areas);
}
