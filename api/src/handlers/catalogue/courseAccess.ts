// What the catalogue handlers share: reading ids from the path, loading a course the caller may
// see (drafts are for coordinators: others get 404, as if it did not exist), and the problems a
// registration can run into, with texts a person can act on.
import type { HttpRequest } from "@azure/functions";
import type { Principal } from "../../auth/principal.js";
import { courseId as courseIdSchema, registrationId as registrationIdSchema } from "../../domain/catalogue/courseSchema.js";
import type { RegistrationRefusal } from "../../domain/catalogue/seatRules.js";
import { problems, type ProblemError } from "../../http/problem.js";
import type { Services } from "../../services.js";
import type { StoredCourse } from "../../store/courseStore.js";

export function courseIdOf(request: HttpRequest): string {
  const id = request.params.id ?? "";
  if (!courseIdSchema.safeParse(id).success) {
    throw problems.invalidInput([{ field: "id", message: "lower-case letters, digits and hyphens" }], {
      sv: `"${id.slice(0, 80)}" är inget giltigt kurs-id. Öppna kursen från katalogen i stället.`,
      en: `"${id.slice(0, 80)}" is not a valid course id. Open the course from the catalogue instead.`,
    });
  }
  return id;
}

export function registrationIdOf(request: HttpRequest): string {
  const id = request.params.registrationId ?? "";
  if (!registrationIdSchema.safeParse(id).success) {
    throw problems.invalidInput([{ field: "registrationId", message: "seven digits" }], {
      sv: `"${id.slice(0, 80)}" är inget giltigt anmälnings-id. Öppna anmälan från "Mina anmälningar" i stället.`,
      en: `"${id.slice(0, 80)}" is not a valid registration id. Open it from "My registrations" instead.`,
    });
  }
  return id;
}

export const courseNotFound = (id: string) =>
  problems.notFound({
    sv: `Kursen "${id}" finns inte. Den kan ha tagits bort; sök igen i kurskatalogen.`,
    en: `There is no course "${id}". It may have been removed; search the catalogue again.`,
  });

export async function loadCourse(services: Services, request: HttpRequest, caller: Principal | undefined): Promise<StoredCourse> {
  const id = courseIdOf(request);
  const stored = await services.courses.get(id);
  if (!stored || (stored.record.status === "draft" && caller?.role !== "coordinator")) throw courseNotFound(id);
  return stored;
}

export const registrationNotFound = (id: string) =>
  problems.notFound({
    sv: `Anmälan "${id}" finns inte på den här kursen. Ladda om sidan och försök igen.`,
    en: `There is no registration "${id}" on this course. Reload the page and try again.`,
  });

/** A memberId the directory does not have (a member removed meanwhile, or a crafted request). */
export const unknownMemberProblem = () =>
  problems.invalidInput([{ field: "memberId", message: "unknown member" }], {
    sv: "Medlemmen (memberId) finns inte i medlemskatalogen. Välj en medlem i listan.",
    en: "The member (memberId) is not in the member directory. Choose a member from the list.",
  });

export function refusalProblem(reason: RegistrationRefusal, deadline: string): ProblemError {
  const closed = { sv: "Anmälan är stängd", en: "Registration is closed" };
  switch (reason) {
    case "deadline-passed":
      return problems.conflict("registration-closed", closed, {
        sv: `Sista anmälningsdag var ${deadline.slice(0, 16).replace("T", " ")}. Kontakta en samordnare om du ändå vill delta.`,
        en: `The registration deadline was ${deadline.slice(0, 16).replace("T", " ")}. Contact a coordinator if you still want to take part.`,
      });
    case "not-published":
      return problems.conflict("registration-closed", closed, {
        sv: "Kursen är inte publicerad än. Anmälan öppnar när en samordnare publicerar den.",
        en: "The course is not published yet. Registration opens when a coordinator publishes it.",
      });
    case "course-cancelled":
      return problems.conflict("registration-closed", closed, {
        sv: "Kursen är inställd. Sök efter ett annat kurstillfälle i katalogen.",
        en: "The course is cancelled. Look for another course in the catalogue.",
      });
    case "already-registered":
      return problems.conflict("already-registered", { sv: "Redan anmäld", en: "Already registered" }, {
        sv: "Du är redan anmäld (eller på väntelistan) till kursen. Se \"Mina anmälningar\".",
        en: "You are already registered (or on the waitlist) for this course. See \"My registrations\".",
      });
    case "site-required":
      return problems.invalidInput([{ field: "siteMemberId", message: "required" }], {
        sv: "Kursen sänds till mottagande lärcentra: välj var du vill delta (siteMemberId).",
        en: "The course is broadcast to receiving centres: choose where you will take part (siteMemberId).",
      });
    case "unknown-site":
      return problems.invalidInput([{ field: "siteMemberId", message: "not a receiving site of the course" }], {
        sv: "Det lärcentrumet tar inte emot kursen. Välj ett av kursens mottagande lärcentra.",
        en: "That centre does not receive this course. Choose one of the course's receiving centres.",
      });
    case "site-not-offered":
      return problems.invalidInput([{ field: "siteMemberId", message: "this course has no receiving sites" }], {
        sv: "Kursen har inga mottagande lärcentra: anmäl dig utan att välja plats.",
        en: "The course has no receiving centres: register without choosing a site.",
      });
  }
}
