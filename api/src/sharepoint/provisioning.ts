// Carries out a provisioning plan through Graph: lists in definition order (a lookup's target
// first), the new columns of existing lists in $batch envelopes. Running it again finds
// nothing to do: every step checks what exists first (see provisioningPlan.ts).
import type { ListDefinition, ListKey } from "./listDefinition.js";
import { describeAction, graphColumn, planProvisioning, type ProvisionPlan } from "./provisioningPlan.js";
import { batchError, type BatchRequest, type SiteLists } from "./siteLists.js";

export async function readPlan(site: SiteLists, definitions: ListDefinition[]): Promise<ProvisionPlan> {
  return planProvisioning(definitions, await site.lists());
}

export async function applyPlan(site: SiteLists, definitions: ListDefinition[], plan: ProvisionPlan, log: (line: string) => void = () => {}): Promise<void> {
  const existing = await site.lists();
  const listIds = new Map<ListKey, string>();
  for (const d of definitions) {
    const found = existing.find((l) => l.displayName.toLowerCase() === d.displayName.toLowerCase());
    if (found) listIds.set(d.key, found.id);
  }
  for (const action of plan.actions.filter((a) => a.kind === "create-list")) {
    const created = await site.createList(action.list.displayName, action.list.columns.map((c) => graphColumn(c, listIds)));
    listIds.set(action.list.key, created.id);
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
