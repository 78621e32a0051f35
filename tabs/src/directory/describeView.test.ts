import { beforeAll, describe, expect, it } from "vitest";
import { loadCatalogue, translatorFor } from "../i18n/messages";
import { describeView, suggestTabName } from "./describeView";

describe("saved view names", () => {
  beforeAll(() => loadCatalogue("en"));
  const sv = translatorFor("sv");

  it("suggests tab names like the ones the issue gives", () => {
    expect(suggestTabName({ subRegion: ["skaraborg"] }, "sv", sv)).toBe("Medlemmar – Skaraborg");
    expect(suggestTabName({ techNetwork: true }, "sv", sv)).toBe("Tekniknätverket");
    expect(suggestTabName({ area: ["it"] }, "sv", sv)).toBe("Område: IT");
    expect(suggestTabName({}, "sv", sv)).toBe("Medlemmar");
  });

  it("describes a combined view in the UI language", () => {
    const filters = { subRegion: ["sjuharad"], area: ["vard-omsorg"], techNetwork: true };
    expect(describeView(filters, "sv", sv)).toBe("Sjuhärad (Boråsregionen) · Område: Vård och omsorg · Tekniknätverket");
    expect(describeView(filters, "en", translatorFor("en"))).toBe("Sjuhärad (Borås region) · Area: Health and social care · Tech network");
    expect(describeView({}, "sv", sv)).toBeNull();
  });
});
