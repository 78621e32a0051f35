// The Graph stand-in refuses list and column definitions that Graph refuses (400 invalidRequest,
// rules and their documentation in test/graph-stand-in/columns.ts), so provisioning cannot pass
// here with a definition the service would turn down.
import { GraphError } from "@microsoft/microsoft-graph-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGraphClient } from "../../api/src/sharepoint/graphClient.js";
import type { GraphColumn } from "../../api/src/sharepoint/siteLists.js";
import { SiteLists } from "../../api/src/sharepoint/siteLists.js";
import { staticTokenProvider } from "../../api/src/sharepoint/tokenProvider.js";
import { LIST_DEFINITIONS } from "../../infra/sharepoint/lists.js";
import { STAND_IN_TOKEN, startGraphStandIn, type GraphStandIn } from "../graph-stand-in/index.js";

let standIn: GraphStandIn;
let site: SiteLists;
let listId: string;
beforeAll(async () => {
  standIn = await startGraphStandIn();
  site = new SiteLists(createGraphClient({ tokens: staticTokenProvider(STAND_IN_TOKEN), baseUrl: standIn.url, appVersion: "test" }), standIn.siteId);
  listId = standIn.model.createList("Prov").id;
});
afterAll(() => standIn?.close());

async function refusal(column: Record<string, unknown>): Promise<string> {
  const error = await site.createColumn(listId, column as GraphColumn).then(() => undefined, (e: unknown) => e);
  expect(error, JSON.stringify(column)).toBeInstanceOf(GraphError);
  expect((error as GraphError).statusCode).toBe(400);
  expect((error as GraphError).code).toBe("invalidRequest");
  return (error as GraphError).message;
}

describe("the Graph stand-in's column rules", () => {
  it("refuses a column of no type, an unknown type and two types at once", async () => {
    expect(await refusal({ name: "A" })).toMatch(/has no type/);
    expect(await refusal({ name: "B", multiChoice: { choices: ["x"] } })).toBe(
      "The property 'multiChoice' does not exist on type 'microsoft.graph.columnDefinition'. Make sure to only use property names that are defined by the type or mark the type as open type.",
    );
    expect(await refusal({ name: "C", text: {}, number: {} })).toMatch(/only one type/);
  });

  it("refuses choice settings Graph does not have: allowMultipleSelection, an undocumented displayAs, no choices", async () => {
    expect(await refusal({ name: "D", choice: { choices: ["a", "b"], allowMultipleSelection: true } })).toMatch(/'allowMultipleSelection' does not exist on type 'microsoft.graph.choiceColumn'/);
    expect(await refusal({ name: "E", choice: { choices: ["a"], displayAs: "multiSelect" } })).toMatch(/must be one of checkBoxes, dropDownMenu, radioButtons/);
    expect(await refusal({ name: "F", choice: { choices: [] } })).toMatch(/at least one choice/);
    expect(await refusal({ name: "G", choice: { choices: ["a", "a"] } })).toMatch(/must differ/);
  });

  it("refuses a multi-line text column that leaves textType to the service, and an unknown textType", async () => {
    expect(await refusal({ name: "H", text: { allowMultipleLines: true } })).toMatch(/must say its textType/);
    expect(await refusal({ name: "I", text: { allowMultipleLines: true, textType: "html" } })).toMatch(/must be one of plain, richText/);
  });

  it("refuses a lookup to a list that is not there", async () => {
    expect(await refusal({ name: "J", lookup: { listId: "no-such-list", columnName: "Title" } })).toMatch(/names no list/);
  });

  it("accepts a multi-choice column as Graph has it (checkBoxes) and reads text columns back with Graph's defaults", async () => {
    const multi = await site.createColumn(listId, { name: "K", choice: { choices: ["a", "b"], displayAs: "checkBoxes" } });
    expect(multi).toMatchObject({ name: "K", choice: { choices: ["a", "b"], displayAs: "checkBoxes" } });
    const note = await site.createColumn(listId, { name: "L", text: { allowMultipleLines: true, textType: "plain" } });
    expect(note.text).toEqual({ allowMultipleLines: true, appendChangesToExistingText: false, linesForEditing: 0, maxLength: 255, textType: "plain" });
  });

  it("accepts every list definition of infra/sharepoint/lists.ts", async () => {
    const ids = new Map<string, string>();
    for (const d of LIST_DEFINITIONS) {
      const columns = d.columns.map((c) => (c.lookup ? { ...c, lookup: { columnName: c.lookup.columnName, listId: ids.get(c.lookup.list)! } } : c)) as GraphColumn[];
      ids.set(d.key, (await site.createList(d.displayName, columns)).id);
    }
    expect(ids.size).toBe(LIST_DEFINITIONS.length);
  });
});
