// Carries out a provisioning plan through Graph: lists in definition order (a lookup's target
// first), the new columns of existing lists in $batch envelopes. Every created list's columns
// are read back, and at the end every list's: when what the site has differs from a definition
// it stops, naming the list, the column and the setting. Running it again finds nothing to do:
// every step checks what exists first (see provisioningPlan.ts).
import { columnDifferences, describeDifference } from "./columnCheck.js";
import type { ListDefinition, ListKey } from "./listDefinition.js";
import { describeAction, existingListIds, findList, graphColumn, planProvisioning, type ProvisionPlan } from "./provisioningPlan.js";
import { batchError, type BatchRequest, type GraphColumn, type SiteLists } from "./siteLists.js";

export async function readPlan(site: SiteLists, definitions: ListDefinition[]): Promise<ProvisionPlan> {
  return planProvisioning(definitions, await site.lists());
}

export async function applyPlan(site: SiteLists, definitions: ListDefinition[], plan: ProvisionPlan, log: (line: string) => void = () => {}): Promise<void> {
  const listIds = existingListIds(definitions, await site.lists());
  for (const action of plan.actions.filter((a) => a.kind === "create-list")) {
    const created = await site.createList(action.list.displayName, action.list.columns.map((c) => graphColumn(c, listIds)));
    listIds.set(action.list.key, created.id);
    stopIfDifferent(differences(action.list, await site.columns(created.id), listIds));
    log(`done: ${describeAction(action)}`);
  }
  const sitePath = await site.sitePath();
  const changes = plan.actions.filter((a) => a.kind !== "create-list");
  const requests: BatchRequest[] = changes.map((action) => {
    const listId = listIds.get(action.list.key)!;
    return action.kind === "create-column"
      ? { method: "POST", url: `${sitePath}/lists/${listId}/columns`, body: graphColumn(action.column, listIds) }
      : { method: "PATCH", url: `${sitePath}/lists/${listId}/columns/${action.columnId}`, body: action.patch };
  });
  const answers = requests.length > 0 ? await site.batch(requests) : [];
  const failures = answers.flatMap((answer, i) => (answer.status >= 300 && answer.status !== 409 ? [`${describeAction(changes[i]!)}: ${batchError(answer).message}`] : []));
  changes.forEach((action, i) => answers[i]!.status < 300 && log(`done: ${describeAction(action)}`));
  if (failures.length > 0) throw new Error(`Provisioning failed for:\n  ${failures.join("\n  ")}`);
  // Read every column back: Graph may store a setting otherwise than asked, and a list that
  // was there before may differ in ways the plan only reported.
  const lists = await site.lists();
  stopIfDifferent(definitions.flatMap((d) => differences(d, findList(lists, d)?.columns ?? [], listIds)));
}

/** What the site's columns of a list lack or have otherwise than its definition, one line each. */
function differences(definition: ListDefinition, columns: GraphColumn[], listIds: Map<ListKey, string>): string[] {
  return definition.columns.flatMap((column) => {
    const where = `list ${definition.displayName}, column ${column.name} (${column.displayName})`;
    const found = columns.find((c) => c.name === column.name);
    if (!found) return [`${where}: missing`];
    return columnDifferences(graphColumn(column, listIds), found).map((d) => `${where}: ${describeDifference(d)}`);
  });
}

function stopIfDifferent(problems: string[]): void {
  if (problems.length === 0) return;
  throw new Error(
    `Provisioning stopped: the site differs from the definitions (infra/sharepoint/lists.ts):\n  ${problems.join("\n  ")}\n` +
      "Change the column on the site (list settings) or its definition, then run npm run provision again.",
  );
}

export function formatPlan(plan: ProvisionPlan): string {
  const lines = [
    plan.actions.length === 0 ? "Nothing to create or change." : `To create or change (${plan.actions.length}):`,
    ...plan.actions.map((a) => `  + ${describeAction(a)}`),
    `Already there (${plan.exists.length}): ${plan.exists.filter((e) => e.startsWith("list")).map((e) => e.slice(5)).join(", ") || "none"}`,
    ...(plan.differs.length > 0 ? [`Differs from the definitions, left alone (${plan.differs.length}):`, ...plan.differs.map((d) => `  ! ${d}`)] : []),
  ];
  return lines.join("\n");
}
