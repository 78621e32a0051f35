// What a valid member and contact are. Every source of directory data (sample data, the
// store, SharePoint later) goes through these schemas before the app trusts it.
import * as z from "zod";
import { CONTACT_ROLES, EDUCATION_AREAS, SUB_REGIONS } from "../contract/index.js";

const ids = <T extends readonly { id: string }[]>(list: T) => list.map((e) => e.id) as [T[number]["id"], ...T[number]["id"][]];

export const subRegionId = z.enum(ids(SUB_REGIONS));
export const educationAreaId = z.enum(ids(EDUCATION_AREAS));
export const contactRoleId = z.enum(ids(CONTACT_ROLES));
const entityId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "lower-case letters, digits and hyphens");

export const contactSchema = z.object({
  id: entityId,
  memberId: entityId,
  name: z.string().trim().min(1).max(200),
  role: contactRoleId,
  email: z.email().max(320),
  phone: z.string().max(40).optional(),
  techNetwork: z.boolean(),
});

export const memberSchema = z.object({
  id: entityId,
  name: z.string().trim().min(1).max(200),
  subRegions: z.array(subRegionId).min(1).max(5).refine((ids) => new Set(ids).size === ids.length, "each sub-region once"),
  municipalities: z.array(z.string().trim().min(1).max(100)).min(1).max(20),
  areas: z.array(educationAreaId).max(50),
  systems: z.array(z.string().trim().min(1).max(100)).max(50),
  techNetwork: z.boolean(),
  sample: z.boolean(),
  description: z.string().max(4000).optional(),
  address: z.string().max(400).optional(),
  website: z.url().max(400).optional(),
  projects: z.array(z.string().trim().min(1).max(100)).max(20),
  contacts: z.array(contactSchema).max(200),
});

export type MemberRecord = z.infer<typeof memberSchema>;
