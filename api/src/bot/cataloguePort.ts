// The bot's CataloguePort over the API's catalogue stores: the same records, seat rules and
// registration transaction as the tabs' routes, seen through the bot's view types.
import type { CataloguePort, CourseView, Person, RegisterResult } from "@campus-westum/bot";
import { COURSE_FORMATS, EDUCATION_AREAS, SUB_REGIONS } from "../contract/index.js";
import { signedCourseCalendarUrl } from "../calendar/calendarLinks.js";
import type { CourseRecord } from "../domain/catalogue/courseSchema.js";
import { toCourseSummary } from "../domain/catalogue/courseView.js";
import { decideRegistrant } from "../domain/catalogue/registrantMember.js";
import { toRegistration } from "../domain/catalogue/registrationRecord.js";
import type { Services } from "../services.js";
import { ContentionError } from "../store/optimisticRetry.js";

export function cataloguePort(services: Services): CataloguePort {
  const view = async (record: CourseRecord): Promise<CourseView> => {
    const summary = toCourseSummary(record, await services.registrations.ledger(record.id));
    const format = COURSE_FORMATS.find((f) => f.id === record.format)!;
    return {
      id: record.id,
      title: record.title,
      providerName: summary.providerName,
      subRegions: [...summary.providerSubRegions],
      areas: [...record.areas],
      format: { id: format.id, sv: format.sv, en: format.en },
      status: record.status,
      registrationDeadline: record.registrationDeadline,
      seatsLeft: summary.seatsLeft,
      sessions: record.sessions.map((s) => ({ id: s.id, start: s.start, end: s.end, place: s.place, onlineUrl: s.onlineUrl })),
      cancellationReason: record.cancellationReason,
    };
  };
  return {
    areas: EDUCATION_AREAS.map((a) => ({ id: a.id, sv: a.sv, en: a.en })),
    subRegions: SUB_REGIONS.map((s) => ({ id: s.id, sv: s.sv, en: s.en })),
    calendarUrl: (courseId) => signedCourseCalendarUrl(services, courseId),
    async upcoming(filter, limit) {
      const { courses } = await services.courses.loadAll();
      const now = services.now();
      const views = await Promise.all(
        courses
          .filter((c) => c.status === "published" && c.sessions.some((s) => Date.parse(s.end) > now))
          .filter((c) => !filter.area || c.areas.includes(filter.area as never))
          .map(view),
      );
      return views
        .filter((v) => !filter.subRegion || v.subRegions.includes(filter.subRegion))
        .sort((a, b) => Date.parse(a.sessions[0]?.start ?? "") - Date.parse(b.sessions[0]?.start ?? ""))
        .slice(0, limit);
    },
    async course(courseId) {
      const stored = await services.courses.get(courseId);
      return stored && view(stored.record);
    },
    async register(courseId, person: Person, declaredMemberId): Promise<RegisterResult> {
      const stored = await services.courses.get(courseId);
      if (!stored) return { ok: false, reason: "not-found" };
      // The person is the activity's sender as Teams knows her; the member the directory's, or
      // (where it does not know her) the one she chose in the card: the tab's rule (decision 0013).
      const directory = await services.directory.current();
      const decided = decideRegistrant({
        caller: { id: person.id, name: person.name, email: person.email ?? "", coordinator: false },
        memberId: declaredMemberId,
        memberOf: (email) => directory.memberOfEmail(email),
      });
      if (!decided.ok) return { ok: false, reason: decided.reason === "member-differs" ? "member-differs" : "member-unknown" };
      if (!directory.get(decided.registrant.person.memberId)) return { ok: false, reason: "member-unknown" };
      try {
        const outcome = await services.registrations.register(stored.record, {
          person: decided.registrant.person,
          memberSource: decided.registrant.memberSource,
          createdBy: person.id,
          byCoordinatorForOther: false,
        });
        if (outcome.ok) return { ok: true, status: outcome.record.status === "waitlisted" ? "waitlisted" : "registered", position: toRegistration(outcome.record, outcome.ledger).position };
        return { ok: false, reason: outcome.reason === "already-registered" ? "already-registered" : "closed" };
      } catch (error) {
        if (error instanceof ContentionError) return { ok: false, reason: "unavailable" };
        throw error;
      }
    },
    async members() {
      const directory = await services.directory.current();
      return directory.search({}, 1, Math.max(1, directory.size)).items.map((m) => ({ id: m.id, name: m.name }));
    },
    async registrationsOf(person) {
      const records = await services.registrations.ofPerson(person.id);
      const items = await Promise.all(
        records.map(async (r) => {
          const stored = await services.courses.get(r.courseId);
          if (!stored) return undefined;
          const registration = toRegistration(r, await services.registrations.ledger(r.courseId));
          return { course: await view(stored.record), status: registration.status, position: registration.position };
        }),
      );
      return items.filter((i) => i !== undefined);
    },
  };
}
