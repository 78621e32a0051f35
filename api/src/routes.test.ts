// The route table is the one statement of each route's name, methods, path and access. These tests
// catch the mistakes it still allows: an entry whose module has no such handler, two entries for
// the same request, a handler no entry serves, and a route opened to callers without a token.
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { lazyRoute, type Handler } from "./http/route.js";
import { apiRoutes, localModeRoutes } from "./routes.js";

const all = [...apiRoutes, ...localModeRoutes];
const SRC = fileURLToPath(new URL(".", import.meta.url));

/** The routes served without a token, each for its own reason. A new one belongs here only on purpose. */
const WITHOUT_TOKEN: Record<string, string> = {
  health: "probes and operators",
  signedCourseCalendar: "a card's link, checked by its HMAC signature",
  calendarFeed: "a calendar subscription, opened by the secret in its address",
  signedNetworkEventCalendar: "a card's link to a tech-network event, checked by its HMAC signature",
  botMessages: "the Bot Connector, checked by its own JWT (the bot adapter)",
  localUsers: "local mode only: the sign-in picker",
  localToken: "local mode only: signs a local test user in",
};

describe("the route table", () => {
  it("loads a handler for every entry", async () => {
    for (const route of all) {
      await expect(route.load(), route.name).resolves.toBeTypeOf("function");
    }
  });

  it("names every route once and never serves one method and path twice", () => {
    expect(new Set(all.map((route) => route.name)).size).toBe(all.length);
    // members/{id} and members/{memberId} are the same address to the Functions host.
    const requests = all.flatMap((route) => route.methods.map((method) => `${method} ${route.route.replace(/\{\w+\}/g, "{}")}`));
    expect(requests.filter((request, i) => requests.indexOf(request) !== i)).toEqual([]);
  });

  it("asks for a token on every route but the few that are open on purpose", () => {
    const open = all.filter((route) => route.access === "anonymous").map((route) => route.name);
    expect(open.sort()).toEqual(Object.keys(WITHOUT_TOKEN).sort());
    expect(localModeRoutes.every((route) => route.access === "anonymous" && route.route.startsWith("dev/"))).toBe(true);
  });

  it("serves every handler a module exports (a new handler file needs its table entry)", async () => {
    const served = new Set(await Promise.all(all.map((route) => route.load())));
    const declared = /^export const (\w+): Handler</gm;
    const unserved: string[] = [];
    for (const file of await sourceFiles(SRC)) {
      const names = [...(await readFile(file, "utf8")).matchAll(declared)].map((match) => match[1]!);
      if (names.length === 0) continue;
      const module = (await import(pathToFileURL(file).href)) as Record<string, Handler>;
      unserved.push(...names.filter((name) => !served.has(module[name]!)).map((name) => `${relative(SRC, file)}: ${name}`));
    }
    expect(unserved).toEqual([]);
  });

  it("does not compile a handler under weaker access than it is written for", () => {
    const forCoordinators: Handler<"coordinator"> = async () => ({ status: 204 });
    const forUsers: Handler<"user"> = async () => ({ status: 204 });
    // @ts-expect-error a coordinators' handler in an entry open to every signed-in user
    lazyRoute({ name: "x", methods: ["GET"], route: "x", access: "user" }, async () => forCoordinators);
    // @ts-expect-error a signed-in users' handler in an entry without a token
    lazyRoute({ name: "x", methods: ["GET"], route: "x", access: "anonymous" }, async () => forUsers);
    // Stricter access than the handler needs is fine.
    expect(lazyRoute({ name: "x", methods: ["GET"], route: "x", access: "coordinator" }, async () => forUsers).access).toBe("coordinator");
  });
});

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") && !entry.name.endsWith(".d.ts"))
    .map((entry) => join(entry.parentPath, entry.name));
}
