// A tech-network event's kind and recurrence as the events view words them, in both languages.
import { beforeAll, describe, expect, it } from "vitest";
import { NETWORK_EVENT_KINDS } from "@campus-westum/api/contract";
import { loadCatalogue, loadFeatureMessages, translatorFor } from "../i18n/messages";
import { describeEventRecurrence, eventKindMessage } from "./eventWords";

beforeAll(async () => {
  await loadCatalogue("en");
  await Promise.all([loadFeatureMessages("events"), loadFeatureMessages("fika")]);
});

describe("an event's words", () => {
  it("names the monthly meeting's rule at its Stockholm hour, in winter and summer alike", () => {
    const [sv, en] = [translatorFor("sv"), translatorFor("en")];
    const winter = { rrule: "FREQ=MONTHLY;BYDAY=+2TU", start: "2026-12-08T13:00:00Z" };
    const summer = { rrule: "FREQ=MONTHLY;BYDAY=+2TU", start: "2026-06-09T14:00:00+02:00" };
    expect(describeEventRecurrence(winter, sv)).toBe("Andra tisdagen varje månad kl. 14:00");
    expect(describeEventRecurrence(summer, sv)).toBe("Andra tisdagen varje månad kl. 14:00");
    expect(describeEventRecurrence(summer, en)).toBe("Second Tuesday of every month at 14:00");
    expect(describeEventRecurrence({ rrule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", start: "2026-10-01T07:30:00Z" }, sv)).toBe("Varannan torsdag kl. 09:30");
  });

  it("quotes a rule it has no words for, and has none for an event that happens once", () => {
    expect(describeEventRecurrence({ rrule: "FREQ=MONTHLY;BYMONTHDAY=15", start: "2026-10-15T09:00:00+02:00" }, translatorFor("sv"))).toBe("Egen regel FREQ=MONTHLY;BYMONTHDAY=15, kl. 09:00");
    expect(describeEventRecurrence({ start: "2026-10-06T09:00:00+02:00" }, translatorFor("sv"))).toBeNull();
  });

  it("names every kind the API has, differently in each language", () => {
    for (const locale of ["sv", "en"] as const) {
      const names = NETWORK_EVENT_KINDS.map((kind) => translatorFor(locale)(eventKindMessage(kind)));
      expect(new Set(names).size).toBe(NETWORK_EVENT_KINDS.length);
      for (const name of names) expect(name).not.toMatch(/^events\./);
    }
    expect(translatorFor("sv")(eventKindMessage("tech-network"))).toBe("Tekniknätverket");
  });
});
