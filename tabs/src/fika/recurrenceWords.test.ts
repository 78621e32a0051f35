import { beforeAll, describe, expect, it } from "vitest";
import { loadCatalogue, loadFeatureMessages, translatorFor } from "../i18n/messages";
import { patternOfRule } from "./recurrencePattern";
import { describeRecurrence } from "./recurrenceWords";

beforeAll(async () => {
  await loadCatalogue("en");
  await loadFeatureMessages("fika");
});

const inWords = (rrule: string, lang: "sv" | "en") => describeRecurrence(patternOfRule(rrule), "14:00", translatorFor(lang));

describe("a fika rule in words", () => {
  it("says a monthly rule as people say it, in Swedish and English", () => {
    expect(inWords("FREQ=MONTHLY;BYDAY=+1TU", "sv")).toBe("Första tisdagen varje månad kl. 14:00");
    expect(inWords("FREQ=MONTHLY;BYDAY=+1TU", "en")).toBe("First Tuesday of every month at 14:00");
    expect(inWords("FREQ=MONTHLY;BYDAY=-1FR", "sv")).toBe("Sista fredagen varje månad kl. 14:00");
    expect(inWords("FREQ=MONTHLY;BYDAY=+3WE", "en")).toBe("Third Wednesday of every month at 14:00");
  });

  it("says weekly rules", () => {
    expect(inWords("FREQ=WEEKLY;BYDAY=TH", "sv")).toBe("Varje torsdag kl. 14:00");
    expect(inWords("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", "sv")).toBe("Varannan måndag kl. 14:00");
    expect(inWords("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", "en")).toBe("Every other Monday at 14:00");
  });

  it("quotes a rule the picker cannot express", () => {
    expect(inWords("FREQ=MONTHLY;BYMONTHDAY=15", "sv")).toBe("Egen regel FREQ=MONTHLY;BYMONTHDAY=15, kl. 14:00");
    expect(inWords("FREQ=MONTHLY;BYMONTHDAY=15", "en")).toBe("Custom rule FREQ=MONTHLY;BYMONTHDAY=15, at 14:00");
  });
});
