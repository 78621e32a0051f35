// The members and contacts lists -> the directory's member and contact records, validated by
// the same zod schemas as every other source of directory data (domain/directorySchema.ts).
import * as z from "zod";
import { CONTACT_ROLES, EDUCATION_AREAS, SUB_REGIONS } from "../../contract/index.js";
import { contactSchema, memberSchema } from "../../domain/directorySchema.js";
import { choiceId, choiceIds, lookupId, oneOrMany, optional, strings, validated, type ListMapping } from "./listMapping.js";
import { LIST_NAMES } from "../listNames.js";

/** A member without its contacts: those come from the contacts list. */
export const memberCoreSchema = memberSchema.omit({ contacts: true });
export type MemberCore = z.infer<typeof memberCoreSchema>;

/** A contact that names its member by the member's SharePoint item id (a lookup). */
export const linkedContactSchema = contactSchema.omit({ memberId: true }).extend({ memberItemId: z.string().regex(/^\d+$/, "a lookup to a member") });
export type LinkedContact = z.infer<typeof linkedContactSchema>;

export const memberItems: ListMapping<MemberCore> = {
  list: "members",
  displayName: LIST_NAMES.members.label.sv,
  fields: ["Title", "MemberKey", "SubRegion", "Municipalities", "EducationAreas", "DigitalSystems", "Projects", "TechNetwork", "Description", "Address", "Website"],
  map: (f) =>
    validated(memberCoreSchema, {
      id: f.MemberKey,
      name: f.Title,
      subRegions: choiceIds(SUB_REGIONS, oneOrMany(f.SubRegion)),
      municipalities: strings(f.Municipalities),
      areas: choiceIds(EDUCATION_AREAS, f.EducationAreas),
      systems: strings(f.DigitalSystems),
      projects: strings(f.Projects),
      techNetwork: f.TechNetwork ?? false,
      sample: false,
      description: optional(f.Description),
      address: optional(f.Address),
      website: optional(f.Website),
    }),
};

export const contactItems: ListMapping<LinkedContact> = {
  list: "contacts",
  displayName: LIST_NAMES.contacts.label.sv,
  fields: ["Title", "ContactKey", "MemberLookupId", "Role", "Email", "Phone", "TechNetwork"],
  map: (f) =>
    validated(linkedContactSchema, {
      id: f.ContactKey,
      memberItemId: lookupId(f, "Member"),
      name: f.Title,
      role: choiceId(CONTACT_ROLES, f.Role),
      email: f.Email,
      phone: optional(f.Phone),
      techNetwork: f.TechNetwork ?? false,
    }),
};
