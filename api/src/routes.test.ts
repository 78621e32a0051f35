import { describe, expect, it } from "vitest";
import { lazyRoute, type Route } from "./http/route.js";
import { apiRoutes, localModeRoutes } from "./routes.js";

describe("the route table", () => {
  it("names every route once, as the route its handler module defines (path, methods and access)", async () => {
    const all = [...apiRoutes, ...localModeRoutes];
    expect(new Set(all.map((route) => route.name)).size).toBe(all.length);
    for (const route of all) {
      // load() refuses a module whose route differs from the table's entry.
      const defined = await route.load();
      expect({ name: defined.name, methods: defined.methods, route: defined.route, access: defined.access }).toEqual({
        name: route.name,
        methods: route.methods,
        route: route.route,
        access: route.access,
      });
    }
  });

  it("refuses to serve a handler under an access the module does not declare", async () => {
    const coordinatorsOnly: Route = { name: "report", methods: ["GET"], route: "report", access: "coordinator", handle: async () => ({ status: 200 }) };
    const mislabelled = lazyRoute({ name: "report", methods: ["GET"], route: "report", access: "anonymous" }, async () => coordinatorsOnly);
    await expect(mislabelled.handle({} as never)).rejects.toThrow("not the route its module defines");
  });
});
