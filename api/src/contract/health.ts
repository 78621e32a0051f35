export interface Health {
  status: "ok" | "degraded";
  mode: "local" | "production";
  version: string;
  checks: { storage: "ok" | "failing" };
}
