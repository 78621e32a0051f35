import type { Course } from "@campus-westum/api/contract";
import { describe, expect, it } from "vitest";
import { matchMembers, receivingSitesRule, siteErrorPlace, siteInputs, siteName, siteRowsOf, withChosenMembers, type SiteRow } from "./receivingSites";

const members = [
  { id: "larcenter-falkoping", name: "Lärcenter Falköping", municipalities: ["Falköping"] },
  { id: "dacapo-mariestad", name: "Dacapo Mariestad", municipalities: ["Mariestad", "Töreboda", "Gullspång"] },
  { id: "vuxenutbildningen-i-boras-stad", name: "Vuxenutbildningen i Borås Stad", municipalities: ["Borås"] },
];
const row = (memberId: string, room = "", seats = ""): SiteRow => ({ memberId, memberName: memberId, room, seats });

describe("receiving sites in the course form", () => {
  it("are required for a live broadcast, optional for hybrid and absent otherwise, as the API rules", () => {
    expect(receivingSitesRule("live-broadcast")).toBe("required");
    expect(receivingSitesRule("hybrid")).toBe("optional");
    expect(receivingSitesRule("on-site")).toBe("none");
    expect(receivingSitesRule("online")).toBe("none");
  });

  it("start from the edited course's sites", () => {
    const course = { receivingSites: [{ memberId: "dacapo-mariestad", memberName: "Dacapo Mariestad", room: "Sal 3", seats: 12 }] } as Course;
    expect(siteRowsOf(course)).toEqual([{ memberId: "dacapo-mariestad", memberName: "Dacapo Mariestad", room: "Sal 3", seats: "12" }]);
    expect(siteRowsOf(null)).toEqual([]);
  });

  it("keep what was typed for members still chosen, in the order they were chosen", () => {
    const rows = [row("dacapo-mariestad", "Sal 3", "12"), row("larcenter-falkoping", "Aulan", "15")];
    expect(withChosenMembers(rows, ["larcenter-falkoping", "vuxenutbildningen-i-boras-stad"], members)).toEqual([
      row("larcenter-falkoping", "Aulan", "15"),
      { memberId: "vuxenutbildningen-i-boras-stad", memberName: "Vuxenutbildningen i Borås Stad", room: "", seats: "" },
    ]);
  });

  it("are sent with numbers for seats, and an empty or wrong number as NaN for the API to name", () => {
    const rows = [row("dacapo-mariestad", " Sal 3 ", "12"), row("larcenter-falkoping", "Aulan", ""), row("vuxenutbildningen-i-boras-stad", "Rum 1", "tolv")];
    const sent = siteInputs(rows, "live-broadcast");
    expect(sent[0]).toEqual({ memberId: "dacapo-mariestad", room: "Sal 3", seats: 12 });
    expect(sent.slice(1).map((site) => site.seats)).toEqual([Number.NaN, Number.NaN]);
    expect(JSON.parse(JSON.stringify(sent[1]))).toEqual({ memberId: "larcenter-falkoping", room: "Aulan", seats: null });
  });

  it("are not sent for a format without sites, though the rows stay", () => {
    expect(siteInputs([row("dacapo-mariestad", "Sal 3", "12")], "online")).toEqual([]);
    expect(siteInputs([row("dacapo-mariestad", "Sal 3", "12")], "hybrid")).toHaveLength(1);
  });

  it("place the API's errors at the member choice or at a row's room or seats", () => {
    expect(siteErrorPlace("receivingSites")).toEqual({ at: "choice" });
    expect(siteErrorPlace("receivingSites.1.memberId")).toEqual({ at: "choice" });
    expect(siteErrorPlace("receivingSites.0.room")).toEqual({ at: "room", row: 0 });
    expect(siteErrorPlace("receivingSites.2.seats")).toEqual({ at: "seats", row: 2 });
    expect(siteErrorPlace("seats")).toBeNull();
    expect(siteErrorPlace("receivingSitesX")).toBeNull();
  });

  it("name a row after the directory, or after the course when the directory does not know the member", () => {
    expect(siteName({ ...row("dacapo-mariestad"), memberName: "old name" }, members)).toBe("Dacapo Mariestad");
    expect(siteName({ ...row("gone"), memberName: "Nedlagt lärcentrum" }, members)).toBe("Nedlagt lärcentrum");
    expect(siteName({ ...row("gone"), memberName: "Nedlagt lärcentrum" }, null)).toBe("Nedlagt lärcentrum");
  });

  it("find members by name or municipality, without case or accents", () => {
    const ids = (query: string) => matchMembers(members, query).map((m) => m.id);
    expect(ids("")).toHaveLength(3);
    expect(ids("boras")).toEqual(["vuxenutbildningen-i-boras-stad"]);
    expect(ids("TÖREBODA")).toEqual(["dacapo-mariestad"]);
    expect(ids("lärcenter falk")).toEqual(["larcenter-falkoping"]);
    expect(ids("falköping mariestad")).toEqual([]);
  });
});
