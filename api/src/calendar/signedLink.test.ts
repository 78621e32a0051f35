import { describe, expect, it } from "vitest";
import { CalendarLinkSigner } from "./signedLink.js";

const DAY = 86_400_000;
const now = Date.parse("2026-03-01T10:00:00Z");
const signer = new CalendarLinkSigner("a-key-of-at-least-thirty-two-characters!", 30 * DAY);

describe("calendar link signatures", () => {
  it("accept what they signed until it expires, then call it expired", () => {
    const { expires, signature } = signer.sign("excel-grund", now);
    expect(expires).toBe((now + 30 * DAY) / 1000);
    expect(signer.check("excel-grund", String(expires), signature, now + 29 * DAY)).toBe("valid");
    expect(signer.check("excel-grund", String(expires), signature, now + 30 * DAY)).toBe("expired");
  });

  it("refuse another course, a moved expiry, another key or a broken signature as forged", () => {
    const { expires, signature } = signer.sign("excel-grund", now);
    expect(signer.check("excel-fortsattning", String(expires), signature, now)).toBe("forged");
    expect(signer.check("excel-grund", String(expires + 86_400), signature, now)).toBe("forged");
    expect(new CalendarLinkSigner("another-key-of-at-least-thirty-two-chars", 30 * DAY).check("excel-grund", String(expires), signature, now)).toBe("forged");
    // Each last character, including the spellings that decode to the same bytes.
    for (const last of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") {
      const other = `${signature.slice(0, -1)}${last}`;
      if (other !== signature) expect(signer.check("excel-grund", String(expires), other, now)).toBe("forged");
    }
  });

  it("refuse missing or malformed parts as forged, even when long expired", () => {
    const { expires, signature } = signer.sign("excel-grund", now);
    for (const [e, s] of [[null, signature], [String(expires), null], ["1e12", signature], [String(expires), `${signature}=`], [String(expires), "x".repeat(10_000)]] as const) {
      expect(signer.check("excel-grund", e, s, now + 365 * DAY)).toBe("forged");
    }
  });
});
