// Starts one in-memory Azurite for the whole test run; tests reach it through inject("storage").
// Each test file uses its own table prefix, so files never see each other's data.
import type { TestProject } from "vitest/node";
import { startAzurite } from "../../scripts/lib/processes.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    storage: string;
  }
}

export default async function setup(project: TestProject) {
  const azurite = await startAzurite();
  project.provide("storage", azurite.connectionString);
  return () => azurite.stop();
}
