// Provisioning as a plan: compare the list definitions with what the site has, and list what
// to create or change, what already exists, and what differs but is left alone. Pure, so the
// dry run and the tests read the same plan that --apply carries out.
// Safe changes are made (missing lists and columns, a missing index, missing choices); a column
// whose type differs is only reported, because changing it could lose coordinators' data.
import type { ColumnDefinition, ListDefinition, ListKey } from "./listDefinition.js";
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

const TYPE_FACETS = ["text", "choice", "boolean", "number", "dateTime", "lookup", "hyperlinkOrPicture", "personOrGroup", "currency", "calculated"] as const;
const typeOf = (c: object) => TYPE_FACETS.find((facet) => facet in c) ?? "unknown";

export function planProvisioning(definitions: ListDefinition[], existing: GraphList[]): ProvisionPlan {
  const plan: ProvisionPlan = { actions: [], exists: [], differs: [] };
  for (const list of definitions) {
    const found = existing.find((l) => l.displayName.toLowerCase() === list.displayName.toLowerCase());
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
      if (typeOf(current) !== typeOf(column)) {
        plan.differs.push(`${where}: type is ${typeOf(current)}, the definition says ${typeOf(column)} (left as it is)`);
        continue;
      }
      plan.exists.push(`column ${where}`);
      if (column.indexed && !current.indexed) {
        plan.actions.push({ kind: "update-column", list, column, columnId: current.id ?? column.name, patch: { indexed: true }, why: "add the index" });
      }
      const currentChoices = (current.choice as { choices?: string[] } | undefined)?.choices ?? [];
      const missing = (column.choice?.choices ?? []).filter((c) => !currentChoices.includes(c));
      if (missing.length > 0) {
        const choice = { ...(current.choice as object), choices: [...currentChoices, ...missing] };
        plan.actions.push({ kind: "update-column", list, column, columnId: current.id ?? column.name, patch: { choice }, why: `add choices ${missing.join(", ")}` });
      }
      const extra = currentChoices.filter((c) => column.choice && !column.choice.choices.includes(c));
      if (extra.length > 0) plan.differs.push(`${where}: has choices the definition lacks: ${extra.join(", ")} (kept)`);
    }
  }
  return plan;
}

/** The Graph columnDefinition to send: a lookup's target list key becomes its list id. */
export function graphColumn(column: ColumnDefinition, listIds: Map<ListKey, string>): GraphColumn {
  if (!column.lookup) return { ...column } as GraphColumn;
  const { list, ...lookup } = column.lookup;
  const listId = listIds.get(list);
  if (!listId) throw new Error(`Lookup ${column.name} needs list "${list}", which does not exist yet`);
  return { ...column, lookup: { ...lookup, listId } } as GraphColumn;
}

export function describeAction(action: ProvisionAction): string {
  switch (action.kind) {
    case "create-list": return `create list ${action.list.displayName} with ${action.list.columns.length} columns`;
    case "create-column": return `create column ${action.list.displayName}.${action.column.name}`;
    case "update-column": return `update column ${action.list.displayName}.${action.column.name}: ${action.why}`;
  }
}
