// First-run seeding of the sample catalogue: courses, registrations through the same seat
// rules as the API, and attendance on the past courses so the participation report has numbers.
import type { MemberDetail } from "../contract/index.js";
import type { RegistrationRecord } from "../domain/catalogue/registrationRecord.js";
import type { Services } from "../services.js";
import { sampleCatalogue } from "./catalogue.js";

export async function seedCatalogueIfEmpty(services: Services, members: readonly MemberDetail[]): Promise<{ seeded: boolean; courses: number }> {
  const existing = await services.courses.count();
  if (existing > 0) return { seeded: false, courses: existing };
  const courses = sampleCatalogue(members, services.now());
  const people = members.flatMap((m) => m.contacts).sort((a, b) => a.id.localeCompare(b.id));
  for (const [index, { record, registrations }] of courses.entries()) {
    await services.courses.create(record);
    const sites = record.receivingSites.map((s) => s.memberId);
    const participants = people.filter((p) => p.memberId !== record.providerMemberId).slice(index * 7, index * 7 + registrations.count);
    for (const [i, person] of participants.entries()) {
      const siteMemberId = record.format === "live-broadcast" ? sites[i % sites.length] : undefined;
      const outcome = await services.registrations.register(record, {
        person: { id: `sample-${person.id}`, name: person.name, email: person.email, memberId: person.memberId },
        ...(siteMemberId ? { siteMemberId } : {}),
        memberSource: "directory",
        createdBy: "sample-data",
        createdByName: "Exempeldata",
        byCoordinatorForOther: true,
      });
      if (!outcome.ok) throw new Error(`sample registration on ${record.id}: ${outcome.reason}`);
    }
    if (registrations.attendance) {
      const { registrations: stored, etags } = await services.registrations.list(record.id);
      const changes = stored
        .filter((r) => r.status === "registered")
        .map((r, i): { record: RegistrationRecord; etag: string } => {
          const share = registrations.attendance![i] ?? 1;
          const attendance = Object.fromEntries(record.sessions.map((s) => [s.id, Math.floor(s.hours * share * 4) / 4]).filter(([, h]) => (h as number) > 0));
          return { record: { ...r, attendance }, etag: etags.get(r.id)! };
        });
      await services.registrations.saveAttendance(record.id, changes);
    }
  }
  await services.catalogue.refresh();
  return { seeded: true, courses: courses.length };
}
