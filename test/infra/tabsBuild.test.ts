// `npm start` builds the tabs again only when what goes into the build changed
// (scripts/lib/tabsBuild.mjs): their sources, the API contract, the lock file, the VITE_ settings.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { tabsSourceHash } from "../../scripts/lib/tabsBuild.mjs";

describe("the tabs' build inputs", () => {
  const base = join(mkdtempSync(join(tmpdir(), "tabs-build-")), "en mapp å");
  afterAll(() => rmSync(dirname(base), { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(base, path)), { recursive: true });
    writeFileSync(join(base, path), text);
  };
  write("tabs/src/App.tsx", "export const App = 1;");
  write("tabs/src/App.test.tsx", "test");
  write("tabs/index.html", "<div id=root></div>");
  write("api/src/contract/members.ts", "export type Member = {};");
  write("api/src/domain/search.ts", "export const search = 1;");
  write("package-lock.json", "{}");
  const env = {};
  const first = tabsSourceHash(env, base);

  it("are the same for the same files and settings", () => {
    expect(tabsSourceHash({}, base)).toBe(first);
  });

  it("change with a tab source, the API contract or the lock file", () => {
    for (const [path, text] of [["tabs/src/App.tsx", "export const App = 2;"], ["api/src/contract/members.ts", "export type Member = { id: string };"], ["package-lock.json", '{"v":2}']] as const) {
      const before = tabsSourceHash(env, base);
      write(path, text);
      expect(tabsSourceHash(env, base), path).not.toBe(before);
    }
  });

  it("change with the build settings the bundle reads", () => {
    expect(tabsSourceHash({ VITE_API_BASE_URL: "https://api.example.org" }, base)).not.toBe(tabsSourceHash(env, base));
  });

  it("ignore tests and API code the tabs never import", () => {
    const before = tabsSourceHash(env, base);
    write("tabs/src/App.test.tsx", "another test");
    write("api/src/domain/search.ts", "export const search = 2;");
    expect(tabsSourceHash(env, base)).toBe(before);
  });
});
