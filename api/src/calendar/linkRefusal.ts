// What a refused calendar link answers: 410 when it has run out, 403 when it was not signed by us
// (changed, cut short, or signed with an earlier key). A browser gets a small page in the reader's
// language with the other language below it; any other client problem+json.
import type { HttpRequest, HttpResponseInit } from "@azure/functions";
import type { Lang } from "../http/language.js";
import { ProblemError, problemResponse } from "../http/problem.js";
import type { LinkCheck } from "./signedLink.js";

/** Where a fresh link is found: a course's in the tab or a new card, an event's in the tab's Evenemang view. */
const WHERE_TO_GET_ONE = {
  course: {
    sv: 'Öppna kursen i fliken Kurser i Teams och välj "Lägg till i kalendern", eller skriv "kommande utbildningar" till boten för ett nytt kort.',
    en: 'Open the course in the Courses tab in Teams and choose "Add to calendar", or type "upcoming courses" to the bot for a new card.',
  },
  event: {
    sv: 'Öppna vyn Evenemang i fliken Kurser i Teams och välj "Lägg till i kalender" vid evenemanget.',
    en: 'Open the Events view in the Courses tab in Teams and choose "Add to calendar" at the event.',
  },
};

export function linkRefusal(check: Exclude<LinkCheck, "valid">, of: "course" | "event" = "course"): ProblemError {
  const WHAT_TO_DO = WHERE_TO_GET_ONE[of];
  return check === "expired"
    ? new ProblemError(410, "link-expired", { sv: "Länken har gått ut", en: "The link has expired" }, {
        sv: `Kalenderlänken i kortet gäller inte längre. ${WHAT_TO_DO.sv}`,
        en: `The calendar link in the card is no longer valid. ${WHAT_TO_DO.en}`,
      })
    : new ProblemError(403, "link-invalid", { sv: "Länken är inte giltig", en: "The link is not valid" }, {
        sv: `Kalenderlänken är ofullständig eller ändrad. Öppna den igen från kortet, eller: ${WHAT_TO_DO.sv.charAt(0).toLowerCase()}${WHAT_TO_DO.sv.slice(1)}`,
        en: `The calendar link is incomplete or changed. Open it again from the card, or: ${WHAT_TO_DO.en.charAt(0).toLowerCase()}${WHAT_TO_DO.en.slice(1)}`,
      });
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A refusal as a page when a browser asks for one, else as problem+json. */
export function refusalResponse(problem: ProblemError, request: HttpRequest, lang: Lang, correlationId: string): HttpResponseInit {
  if (!(request.headers.get("accept") ?? "").includes("text/html")) return problemResponse(problem, lang, correlationId);
  const other: Lang = lang === "sv" ? "en" : "sv";
  const section = (l: Lang, heading: "h1" | "h2") =>
    `<section lang="${l}"><${heading}>${escapeHtml(problem.title[l])}</${heading}><p>${escapeHtml(problem.detail[l])}</p></section>`;
  const body = [
    "<!doctype html>",
    `<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escapeHtml(problem.title[lang])} – Campus Westum</title></head>`,
    `<body><main>${section(lang, "h1")}${section(other, "h2")}<p><small>${correlationId}</small></p></main></body></html>`,
  ].join("\n");
  return { status: problem.status, headers: { "Content-Type": "text/html; charset=utf-8" }, body };
}
