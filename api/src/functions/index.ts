// The Azure Functions entry point: registers every route with the Functions host.
import functions from "@azure/functions";
import { loadConfig } from "../config.js";
import { toHttpHandler } from "../http/route.js";
import { apiRoutes } from "../routes.js";
import { createServices, type Services } from "../services.js";

// Validated when the worker loads, so a bad setting stops the app with the setting named.
const config = loadConfig();
let services: Promise<Services> | undefined;
const getServices = () => (services ??= createServices(config));

for (const route of apiRoutes) {
  functions.app.http(route.name, { methods: route.methods, route: route.route, authLevel: "anonymous", handler: toHttpHandler(route, getServices) });
}
