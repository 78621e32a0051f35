import { afterEach, describe, expect, it, vi } from "vitest";
import { cachedTokenSource } from "./tokenCache";

describe("token cache", () => {
  afterEach(() => vi.useRealTimers());

  it("shares one request among concurrent callers and reuses the token until shortly before expiry", async () => {
    vi.useFakeTimers({ now: 0 });
    let issued = 0;
    const getToken = cachedTokenSource(async () => ({ token: `t${++issued}`, expiresAt: 10 * 60_000 }));

    expect(await Promise.all([getToken(), getToken()])).toEqual(["t1", "t1"]);
    vi.setSystemTime(7 * 60_000);
    expect(await getToken()).toBe("t1");
    vi.setSystemTime(9 * 60_000); // within two minutes of expiry: renew
    expect(await getToken()).toBe("t2");
  });

  it("asks again after a failure", async () => {
    let calls = 0;
    const getToken = cachedTokenSource(async () => {
      calls += 1;
      if (calls === 1) throw new Error("offline");
      return { token: "ok", expiresAt: Date.now() + 3_600_000 };
    });
    await expect(getToken()).rejects.toThrow("offline");
    expect(await getToken()).toBe("ok");
  });
});
