// The one module the tabs import from the API: types and constants only, no runtime dependencies.
export * from "./directory.js";
export * from "./identity.js";
export * from "./problem.js";
export * from "./health.js";
export * from "./catalogue.js";
export * from "./projects.js";
export * from "./sync.js";
export * from "./fika.js";
export * from "./calendarFeed.js";
export * from "./announcements.js";
export * from "./audience.js";
export * from "./needs.js";
export * from "./networkEvents.js";
