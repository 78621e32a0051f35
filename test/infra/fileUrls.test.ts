// A clone in "/home/x/en mapp å" has "%20" and "%C3%A5" in its file URLs: paths from
// import.meta.url must go through fileURLToPath, never URL.pathname or "file://" + a path.
// (node22.test.ts runs a launcher from such a folder; this keeps the pattern out of the code.)
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const FOLDERS = ["scripts", "test", "bench", "api/src", "bot/src", "tabs/src", "tabs/vite"];
const ROOT_FILES = ["tabs/vite.config.ts", "vitest.config.ts"];

/** Lines that turn a file URL into a path by hand. */
function fileUrlMisuses(text: string): string[] {
  const wrong = [/import\.meta\.url\)\.pathname/, /new URL\([^)]*import\.meta\.url\)\.pathname/, /`file:\/\/\$\{/, /["']file:\/\/["']\s*\+/];
  return text.split("\n").filter((line) => wrong.some((pattern) => pattern.test(line)));
}

function sources(): string[] {
  const files = FOLDERS.flatMap((folder) =>
    readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(ts|tsx|mjs|js)$/.test(e.name) && !e.parentPath.includes("node_modules"))
      .map((e) => join(e.parentPath, e.name)),
  );
  return [...files, ...ROOT_FILES.map((f) => join(root, f))];
}

describe("file URLs become paths through fileURLToPath", () => {
  it("everywhere in the project's code", () => {
    const misuses = sources().flatMap((file) => fileUrlMisuses(readFileSync(file, "utf8")).map((line) => `${relative(root, file)}: ${line.trim()}`));
    expect(misuses.filter((m) => !m.startsWith("test/infra/fileUrls.test.ts"))).toEqual([]);
  });

  it("catches the forms that break on a space or å", () => {
    expect(fileUrlMisuses('export const root = new URL("../..", import.meta.url).pathname;')).toHaveLength(1);
    expect(fileUrlMisuses("if (import.meta.url === `file://${process.argv[1]}`) main();")).toHaveLength(1);
    expect(fileUrlMisuses('const root = fileURLToPath(new URL("..", import.meta.url));')).toEqual([]);
  });
});
