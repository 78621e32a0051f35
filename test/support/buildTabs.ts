// Browser tests run against a production build of the tabs (as users get it), built once per
// run into .test-data/tabs-dist. The build lists the Teams host stand-in's origin so that the
// tabs accept it as their Teams client (see docs/decisions/0005).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";

export const TEAMS_HOST_PORT = 53100;
export const tabsDist = fileURLToPath(new URL("../../.test-data/tabs-dist/", import.meta.url));

declare module "vitest" {
  export interface ProvidedContext {
    tabsDist: string;
  }
}

export default function setup(project: TestProject) {
  const vite = fileURLToPath(new URL("../../node_modules/.bin/vite", import.meta.url));
  const result = spawnSync(vite, ["build", "--outDir", tabsDist, "--emptyOutDir", "--logLevel", "warn"], {
    cwd: fileURLToPath(new URL("../../tabs/", import.meta.url)),
    env: { ...process.env, VITE_TEAMS_HOST_ORIGINS: `http://127.0.0.1:${TEAMS_HOST_PORT}` },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`building the tabs failed:\n${result.stdout}\n${result.stderr}`);
  project.provide("tabsDist", tabsDist);
}
