// Writing a course change: the course row at the ETag it was read with, its sessions and its
// events in one transaction. A coordinator who changed the course meanwhile makes it 409.
import type { CourseEvent } from "../../contract/index.js";
import type { CourseRecord } from "../../domain/catalogue/courseSchema.js";
import { toStockholmIso } from "@campus-westum/bot/stockholmClock";
import { problems } from "../../http/problem.js";
import type { Services } from "../../services.js";
import type { StoredCourse } from "../../store/courseStore.js";
import { newEventId } from "../../store/eventStore.js";
import { isWriteConflict } from "../../store/optimisticRetry.js";

export function courseEvent(course: CourseRecord, type: CourseEvent["type"], nowMs: number, extra: Pick<CourseEvent, "changes" | "reason"> = {}): CourseEvent {
  return { id: newEventId(nowMs), courseId: course.id, type, at: toStockholmIso(nowMs), title: course.title, ...extra };
}

export async function saveCourseChange(services: Services, previous: StoredCourse, next: CourseRecord, events: CourseEvent[]): Promise<void> {
  try {
    await services.courses.replace(previous, next, events);
  } catch (error) {
    if (!isWriteConflict(error)) throw error;
    throw problems.conflict("edited-meanwhile", { sv: "Ändrad under tiden", en: "Changed meanwhile" }, {
      sv: "Någon annan ändrade kursen medan du arbetade. Ladda om kursen, gör om ändringen och spara igen.",
      en: "Someone else changed the course while you were working. Reload it, redo your change and save again.",
    });
  }
  await services.catalogue.refresh();
}

export const cancelledCourseProblem = () =>
  problems.conflict("course-cancelled", { sv: "Kursen är inställd", en: "The course is cancelled" }, {
    sv: "En inställd kurs kan inte ändras eller publiceras. Skapa en ny kurs i stället.",
    en: "A cancelled course cannot be changed or published. Create a new course instead.",
  });
