// Provisioning as a plan: compare the list definitions with what the site has, and list what
// to create or change, what already exists, and what differs but is left alone. Pure, so the
// dry run and the tests read the same plan that --apply carries out.
// Safe changes are made (missing lists and columns, a missing index, missing choices); a column
// whose type or settings differ is only reported, because changing it could lose coordinators'
// data (and --apply then stops: see provisioning.ts).
import type { ColumnDefinition, ListDefinition, ListKey } from "./listDefinition.js";
import { columnDifferences, describeDifference } from "./columnCheck.js";
import type { GraphColumn, GraphList } from "./siteLists.js";

export type ProvisionAction =
  | { kind: "create-list"; list: ListDefinition }
  | { kind: "create-column"; list: ListDefinition; column: ColumnDefinition }
  | { kind: "update-column"; list: ListDefinition; column: ColumnDefinition; columnId: string; patch: Partial<GraphColumn>; why: string };

export interface ProvisionPlan {
  actions: ProvisionAction[];
  exists: string[];
  differs: string[];
}

export function planProvisioning(definitions: ListDefinition[], existing: GraphList[]): ProvisionPlan {
  const plan: ProvisionPlan = { actions: [], exists: [], differs: [] };
  const listIds = existingListIds(definitions, existing);
  for (const list of definitions) {
    const found = findList(existing, list);
    if (!found) {
      plan.actions.push({ kind: "create-list", list });
      continue;
    }
    plan.exists.push(`list ${list.displayName}`);
    for (const column of list.columns) {
      const current = found.columns?.find((c) => c.name === column.name);
      if (!current) {
        plan.actions.push({ kind: "create-column", list, column });
        continue;
      }
      const where = `${list.displayName}.${column.name}`;
      const differences = columnDifferences(wantedColumn(column, listIds), current);
      if (differences[0]?.property === "type") {
        plan.differs.push(`${where}: type is ${differences[0].actual}, the definition says ${differences[0].wanted} (left as it is)`);
        continue;
      }
      plan.exists.push(`column ${where}`);
      const columnId = current.id ?? column.name;
      for (const d of differences) {
        if (d.property === "indexed" && d.wanted === true) {
          plan.actions.push({ kind: "update-column", list, column, columnId, patch: { indexed: true }, why: "add the index" });
        } else if (d.property === "choice.choices") {
          const have = d.actual as string[];
          const missing = (d.wanted as string[]).filter((c) => !have.includes(c));
          const choice = { ...(current.choice as object), choices: [...have, ...missing] };
          plan.actions.push({ kind: "update-column", list, column, columnId, patch: { choice }, why: `add choices ${missing.join(", ")}` });
        } else {
          plan.differs.push(`${where}: ${describeDifference(d)} (left as it is)`);
        }
      }
      const currentChoices = (current.choice as { choices?: string[] } | undefined)?.choices ?? [];
      const extra = currentChoices.filter((c) => column.choice && !column.choice.choices.includes(c));
      if (extra.length > 0) plan.differs.push(`${where}: has choices the definition lacks: ${extra.join(", ")} (kept)`);
    }
  }
  return plan;
}

export const findList = (lists: GraphList[], definition: ListDefinition) => lists.find((l) => l.displayName.toLowerCase() === definition.displayName.toLowerCase());

/** The ids of the defined lists that the site has, by key. */
export function existingListIds(definitions: ListDefinition[], lists: GraphList[]): Map<ListKey, string> {
  return new Map(definitions.flatMap((d) => {
    const found = findList(lists, d);
    return found ? [[d.key, found.id] as const] : [];
  }));
}

/** The column as Graph should have it; a lookup whose list is not there yet has no listId. */
function wantedColumn(column: ColumnDefinition, listIds: Map<ListKey, string>): GraphColumn {
  if (!column.lookup) return { ...column } as GraphColumn;
  const { list, ...lookup } = column.lookup;
  const listId = listIds.get(list);
  return { ...column, lookup: listId ? { ...lookup, listId } : lookup } as GraphColumn;
}

/** The Graph columnDefinition to send: a lookup's target list key becomes its list id. */
export function graphColumn(column: ColumnDefinition, listIds: Map<ListKey, string>): GraphColumn {
  if (column.lookup && !listIds.has(column.lookup.list)) throw new Error(`Lookup ${column.name} needs list "${column.lookup.list}", which does not exist yet`);
  return wantedColumn(column, listIds);
}

export function describeAction(action: ProvisionAction): string {
  switch (action.kind) {
    case "create-list": return `create list ${action.list.displayName} with ${action.list.columns.length} columns`;
    case "create-column": return `create column ${action.list.displayName}.${action.column.name}`;
    case "update-column": return `update column ${action.list.displayName}.${action.column.name}: ${action.why}`;
  }
}
