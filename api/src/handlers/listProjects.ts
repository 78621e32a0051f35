// GET /api/projects: the projects courses belong to, active ones first (the course form offers
// the active ones; the report and the channel tab's filter list them all).
import { json, type Handler } from "../http/route.js";

export const listProjects: Handler<"user"> = async ({ services }) => json(await services.projects.list());
