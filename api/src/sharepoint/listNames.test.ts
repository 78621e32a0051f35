// Coordinators see every list and column by the name it has on the site: the provisioned lists
// take their names from listNames.ts, and every column the sync reads has a name there, so a
// rejected row never shows an internal name such as SubRegion.
import { describe, expect, it } from "vitest";
import { LIST_DEFINITIONS } from "../../../infra/sharepoint/lists.js";
import { LIST_NAMES, withLabels } from "./listNames.js";
import { SYNCED_LISTS } from "./sync/sharePointSync.js";

describe("the lists' names coordinators see", () => {
  it("are the names provisioned on the site, for every list and column, with none left over", () => {
    expect(LIST_DEFINITIONS.map((d) => d.key).sort()).toEqual(Object.keys(LIST_NAMES).sort());
    for (const definition of LIST_DEFINITIONS) {
      const names = LIST_NAMES[definition.key];
      expect(definition.displayName).toBe(names.label.sv);
      for (const column of definition.columns) expect(`${definition.key}.${column.displayName}`).toBe(`${definition.key}.${names.columns[column.name]?.sv}`);
      // Title is SharePoint's own column: every list has it without provisioning it.
      const provisioned = new Set(["Title", ...definition.columns.map((c) => c.name)]);
      expect(Object.keys(names.columns).filter((c) => !provisioned.has(c)), definition.key).toEqual([]);
    }
  });

  it("name every column the sync reads, Swedish and English", () => {
    for (const mapping of SYNCED_LISTS) {
      for (const field of mapping.fields) {
        const column = field.replace(/LookupId$/, "");
        const label = LIST_NAMES[mapping.list].columns[column];
        expect(label, `${mapping.list}.${column}`).toBeDefined();
        expect(label!.sv.length * label!.en.length, `${mapping.list}.${column}`).toBeGreaterThan(0);
      }
    }
  });

  it("label a rejected row's list and its column, or each of several columns", () => {
    expect(withLabels({ list: "members", itemId: "4", reason: "x", column: "SubRegion" })).toMatchObject({
      listLabel: { sv: "Medlemmar", en: "Members" },
      columnLabel: { sv: "Delregion", en: "Sub-region" },
    });
    expect(withLabels({ list: "members", itemId: "4", reason: "x", column: "MemberKey, Title" }).columnLabel).toEqual({ sv: "Medlems-id, Rubrik", en: "Member id, Title" });
    // A field no column fits (the mapping named the domain field) keeps its name; no column, no label.
    expect(withLabels({ list: "courses", itemId: "9", reason: "x", column: "sessions" }).columnLabel).toEqual({ sv: "sessions", en: "sessions" });
    expect(withLabels({ list: "courses", itemId: "9", reason: "x" })).not.toHaveProperty("columnLabel");
  });
});
