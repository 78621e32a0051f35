// The write direction is the inverse of the read mappings: what the write-back puts in a list
// reads back as the same values, and an update sends only what changed.
import { describe, expect, it } from "vitest";
import type { CourseRecord } from "../../domain/catalogue/courseSchema.js";
import { changedFields } from "../outbox/listItemWrite.js";
import { courseItems, eventItems, sessionItems, siteItems } from "./catalogueItems.js";
import { courseListFields, fikaEventFields, sessionListFields, siteListFields, withoutNulls } from "./courseListFields.js";

const course: CourseRecord = {
  id: "excel-grund-3f9a", title: "Excel grund", description: "Formler\noch diagram", providerMemberId: "boras", providerName: "Borås", providerSubRegions: ["sjuharad"],
  areas: ["sfi"], format: "live-broadcast", receivingSites: [{ memberId: "ulricehamn", memberName: "Ulricehamn", room: "Sal 3", seats: 8 }], seats: null, audience: "Lärare",
  project: null, language: "en", status: "cancelled", registrationDeadline: "2030-03-01T23:59:00+01:00", cancellationReason: "För få anmälda",
  sessions: [{ id: "s2", start: "2030-07-10T09:00:00+02:00", end: "2030-07-10T12:00:00+02:00", place: "Studio", hours: 3 }], createdAt: "", updatedAt: "", sample: false,
};

describe("the write-back's list fields", () => {
  it("read back as the course, its session and its receiving site", () => {
    const written = withoutNulls(courseListFields(course, { providerItemId: "7" }));
    expect(courseItems.map(written)).toEqual({ ok: true, value: expect.objectContaining({ id: course.id, title: "Excel grund", providerItemId: "7", areas: ["sfi"], format: "live-broadcast", status: "cancelled", language: "en", seats: null, project: null, cancellationReason: "För få anmälda" }) });
    expect(Date.parse(written.RegistrationDeadline as string)).toBe(Date.parse(course.registrationDeadline));
    expect(sessionItems.map(sessionListFields(course, course.sessions[0]!, { courseItemId: "12" }))).toEqual({ ok: true, value: { id: "s2", courseItemId: "12", start: "2030-07-10T07:00:00Z", end: "2030-07-10T10:00:00Z", place: "Studio", hours: 3 } });
    expect(siteItems.map(siteListFields(course, course.receivingSites[0]!, { courseItemId: "12", memberItemId: "3" }))).toEqual({ ok: true, value: { id: `${course.id}/ulricehamn`, courseItemId: "12", memberItemId: "3", room: "Sal 3", seats: 8 } });
  });

  it("clears a column the course no longer has, and writes a fika series as its first occurrence in UTC", () => {
    expect(courseListFields({ ...course, status: "published", cancellationReason: undefined }, { providerItemId: "7" })).toMatchObject({ CancellationReason: null, Seats: null, Project: null });
    const series = { id: "fika-0a1b2c3d", title: "Digital fika", rrule: "FREQ=MONTHLY;BYDAY=+1TU", firstDate: "2030-07-02", time: "14:00", durationMinutes: 30, joinUrl: "https://teams.microsoft.com/l/x", active: false, updatedAt: "" };
    const fields = fikaEventFields(series);
    expect(fields).toMatchObject({ Start: "2030-07-02T12:00:00Z", EventType: "Digital fika", Active: false });
    expect(eventItems.map(fields)).toMatchObject({ ok: true, value: { id: series.id, recurrence: series.rrule, active: false } });
  });

  it("sends only the changed fields on an update, with the type annotation of a changed multi-choice", () => {
    const before = courseListFields(course, { providerItemId: "7" });
    expect(changedFields(before, before)).toEqual({});
    const after = courseListFields({ ...course, title: "Excel", areas: ["sfi", "grundlaggande"] }, { providerItemId: "7" });
    expect(Object.keys(changedFields(after, before)).sort()).toEqual(["EducationAreas", "EducationAreas@odata.type", "Title"]);
    // A list that left an empty column out is the same as our null.
    expect(changedFields({ Project: null }, {})).toEqual({});
  });
});
