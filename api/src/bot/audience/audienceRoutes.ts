// The coordinators' audience routes (contract/audience.ts): a course's audience choice, read and
// set, the reach of a choice before sending ("Når N personer"), computed as the course-event
// pump will compute it, and the channels the bot can post in.
import type { AudienceChannel, CourseAudience } from "../../contract/index.js";
import { parseBody } from "../../http/body.js";
import { problems } from "../../http/problem.js";
import { json, type Handler } from "../../http/route.js";
import type { Services } from "../../services.js";
import { botServicesOf } from "../botServices.js";
import { cataloguePort } from "../cataloguePort.js";
import { audienceSchema, reachRequestSchema } from "./audienceSchema.js";
import { courseTargets, reachOf } from "./courseAudience.js";
import { fikaTargets } from "./fikaAudience.js";

const noSuchCourse = () => problems.notFound({ sv: "Det finns ingen utbildning med det id:t.", en: "There is no course with that id." });

async function courseOf(services: Services, id: string) {
  const course = /^[A-Za-z0-9_-]{1,200}$/.test(id) ? await cataloguePort(services).course(id) : undefined;
  if (!course) throw noSuchCourse();
  return course;
}

export const getCourseAudience: Handler<"coordinator"> = async ({ request, services }) => {
  const course = await courseOf(services, request.params.id ?? "");
  const answer: CourseAudience = { courseId: course.id, audience: await botServicesOf(services).audiences.ofCourse(course.id) };
  return json(answer);
};

export const setCourseAudience: Handler<"coordinator"> = async ({ request, services, lang }) => {
  const course = await courseOf(services, request.params.id ?? "");
  const audience = await parseBody(request, audienceSchema, lang);
  await botServicesOf(services).audiences.setForCourse(course.id, audience);
  const answer: CourseAudience = { courseId: course.id, audience };
  return json(answer);
};

export const audienceReach: Handler<"coordinator"> = async ({ request, services, lang }) => {
  const input = await parseBody(request, reachRequestSchema, lang);
  if (input.event === "fika") return json(await reachOf(services, await fikaTargets(services, undefined, input.audience)));
  const course = await courseOf(services, input.courseId);
  return json(await reachOf(services, await courseTargets(services, course.id, course, input.event, input.audience)));
};

export const audienceChannels: Handler<"coordinator"> = async ({ services }) => {
  const records = await botServicesOf(services).conversations.all();
  const channels: AudienceChannel[] = records
    .filter((r) => r.active && r.kind !== "personal")
    .map((r) => ({ conversationId: r.conversationId, teamId: r.teamId, teamName: r.teamName, channelName: r.channelName, kind: r.kind as AudienceChannel["kind"] }));
  return json(channels);
};
