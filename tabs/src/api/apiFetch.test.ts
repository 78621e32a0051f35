import { afterEach, describe, expect, it, vi } from "vitest";
import { apiFetch } from "./apiFetch";

afterEach(() => vi.unstubAllGlobals());

describe("apiFetch", () => {
  it("sends a new correlation id with every call", async () => {
    const seen: Headers[] = [];
    vi.stubGlobal("fetch", async (_url: string, init: RequestInit) => {
      seen.push(new Headers(init.headers));
      return new Response("{}", { status: 200, headers: { "Content-Type": "application/json" } });
    });
    await apiFetch("/api/me", { locale: "sv" });
    await apiFetch("/api/me", { locale: "sv" });
    const ids = seen.map((h) => h.get("X-Correlation-Id"));
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[1]).not.toBe(ids[0]);
  });
});
