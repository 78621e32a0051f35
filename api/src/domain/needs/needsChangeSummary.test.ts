import { describe, expect, it } from "vitest";
import type { Need } from "../../contract/index.js";
import { changeSummary, MAX_SUMMARY_LENGTH, sameContent } from "./needsChangeSummary.js";

const it12: Need = { area: "it", audience: "staff", format: "online", participants: 12 };
const sfi: Need = { area: "sfi", audience: "students", format: "on-site", participants: 30 };

describe("the change summary of an answer's history", () => {
  it("says what was added, changed and removed, in Swedish and English", () => {
    expect(changeSummary({ needs: [] }, { needs: [it12] }, true)).toEqual({ sv: "La till IT (personal)", en: "Added IT (staff)" });
    const next = { needs: [{ ...it12, participants: 15, format: "hybrid" as const }], comment: "Gärna i vår" };
    expect(changeSummary({ needs: [it12, sfi] }, next, false)).toEqual({
      sv: "Ändrade IT (personal): deltagare 12 → 15, format Digitalt, var du vill → Hybrid: på plats och digitalt; Tog bort SFI – svenska för invandrare (studerande); Ändrade kommentaren",
      en: "Changed IT (staff): participants 12 → 15, format Online, anywhere → Hybrid: on site and online; Removed SFI – Swedish for immigrants (students); Changed the comment",
    });
  });

  it("names a first answer without needs, and a save that changed nothing", () => {
    expect(changeSummary({ needs: [] }, { needs: [] }, true).sv).toBe("Inga behov den här terminen");
    expect(changeSummary({ needs: [it12] }, { needs: [it12] }, false).en).toBe("Saved without changes");
  });

  it("is bounded however much changed", () => {
    const many = Array.from({ length: 20 }, (_, i): Need => ({ ...it12, area: i % 2 ? "it" : "sfi", audience: i % 3 ? "staff" : "students", note: `n${i}` }));
    expect(changeSummary({ needs: [] }, { needs: many }, true).sv.length).toBeLessThanOrEqual(MAX_SUMMARY_LENGTH);
  });

  it("compares content regardless of the needs' order", () => {
    expect(sameContent({ needs: [it12, sfi] }, { needs: [sfi, it12] })).toBe(true);
    expect(sameContent({ needs: [it12] }, { needs: [it12], comment: "x" })).toBe(false);
  });
});
