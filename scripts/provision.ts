// `npm run provision -- --site <url or id> [--apply]`: creates the coordinators' SharePoint lists
// (infra/sharepoint/lists.ts) through Graph. Without --apply it only prints the plan.
// Credentials come from the API's settings (GRAPH_TENANT_ID, GRAPH_CLIENT_ID and a secret or
// certificate); the app needs Sites.Selected with a "manage" grant on the site to create lists.
import { parseArgs } from "node:util";
import { LIST_DEFINITIONS } from "../infra/sharepoint/lists.js";
import { ConfigError, loadConfig } from "../api/src/config.js";
import { connectSharePoint } from "../api/src/sharepoint/connect.js";
import { describeGraphError } from "../api/src/sharepoint/graphErrors.js";
import { applyPlan, formatPlan, readPlan } from "../api/src/sharepoint/provisioning.js";

let site = "";

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { site: { type: "string" }, apply: { type: "boolean", default: false } } });
  site = values.site ?? "";
  if (!values.site) {
    console.error("Usage: npm run provision -- --site <site URL or id> [--apply]");
    return 2;
  }
  const config = loadConfig({ ...process.env, SHAREPOINT_SITE: values.site });
  if (!config.sharepoint) throw new ConfigError("Set GRAPH_TENANT_ID, GRAPH_CLIENT_ID and GRAPH_CLIENT_SECRET (or a certificate) to provision.");
  const lists = connectSharePoint(config.sharepoint, config.version);
  const plan = await readPlan(lists, LIST_DEFINITIONS);
  console.log(`Site ${values.site}\n${formatPlan(plan)}`);
  if (!values.apply) {
    if (plan.actions.length > 0) console.log("\nDry run: nothing was changed. Run again with --apply to make these changes.");
    return 0;
  }
  await applyPlan(lists, LIST_DEFINITIONS, plan, (line) => console.log(line));
  const after = await readPlan(lists, LIST_DEFINITIONS);
  console.log(after.actions.length === 0 ? "\nThe site matches the definitions." : `\nStill to do:\n${formatPlan(after)}`);
  return after.actions.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof ConfigError ? error.message : `Provisioning failed: ${describeGraphError(error, { site, role: "manage" })}`);
    process.exit(1);
  },
);
