// GET /api/members: free-text search with filters, facet counts and paging.
import * as z from "zod";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../contract/index.js";
import { contactRoleId, educationAreaId, subRegionId } from "../domain/directorySchema.js";
import { searchText } from "../domain/textSchemas.js";
import { parseQuery } from "../http/query.js";
import type { Handler } from "../http/route.js";

const LIST_FIELDS = ["subRegion", "municipality", "area", "system", "role"] as const;
const name = z.string().trim().min(1).max(100);
const list = <T extends z.ZodType>(item: T) => z.array(item).max(50).optional();

const memberQuery = z.object({
  q: searchText.optional(),
  subRegion: list(subRegionId),
  municipality: list(name),
  area: list(educationAreaId),
  system: list(name),
  role: list(contactRoleId),
  techNetwork: z.enum(["true", "false"]).transform((v) => v === "true").optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
});

export const searchMembers: Handler<"user"> = async ({ request, services, lang }) => {
  const { page, pageSize, ...filters } = parseQuery(request.query, memberQuery, LIST_FIELDS, lang);
  const index = await services.directory.current();
  // Written from parts the snapshot serialised before: most of a search's cost was JSON.stringify.
  return { status: 200, body: index.searchJson(filters, page, pageSize), headers: { "Content-Type": "application/json; charset=utf-8" } };
};
