// A needs round's results as the tables regional partners get (XLSX sheets, or CSV sections each
// under its name), like the participation report. Pure; export/ only formats them.
import { COURSE_FORMATS, EDUCATION_AREAS, NEEDS_AUDIENCES, SUB_REGIONS, type NeedsResults } from "../../contract/index.js";
import type { Lang } from "../../http/language.js";
import type { Table } from "../catalogue/exportTables.js";
import { periodName } from "./draftCourse.js";

const t = (lang: Lang, sv: string, en: string) => (lang === "sv" ? sv : en);
const nameIn = (list: readonly { id: string; sv: string; en: string }[], id: string, lang: Lang) => list.find((e) => e.id === id)?.[lang] ?? id;

export function needsResultsTables(results: NeedsResults, lang: Lang): Table[] {
  const members = t(lang, "Medlemmar", "Members");
  const participants = t(lang, "Deltagare", "Participants");
  const member = t(lang, "Medlem", "Member");
  const { round } = results;
  return [
    {
      name: t(lang, "Per område", "Per area"),
      columns: [
        t(lang, "Utbildningsområde", "Education area"),
        t(lang, "Studerande: medlemmar", "Students: members"),
        t(lang, "Studerande: deltagare", "Students: participants"),
        t(lang, "Personal: medlemmar", "Staff: members"),
        t(lang, "Personal: deltagare", "Staff: participants"),
        t(lang, "Totalt: medlemmar", "Total: members"),
        t(lang, "Totalt: deltagare", "Total: participants"),
      ],
      rows: results.byArea.map((a) => [nameIn(EDUCATION_AREAS, a.area, lang), a.students.members, a.students.participants, a.staff.members, a.staff.participants, a.total.members, a.total.participants]),
    },
    {
      // A member in two sub-regions counts in both (decision 0018): the rows may add up to more than the total.
      name: t(lang, "Per delregion", "Per sub-region"),
      columns: [t(lang, "Delregion", "Sub-region"), t(lang, "Har svarat", "Answered"), members, t(lang, "Medlemmar med behov", "Members with needs"), participants],
      rows: results.bySubRegion.map((r) => [nameIn(SUB_REGIONS, r.subRegion, lang), r.answered, r.members, r.total.members, r.total.participants]),
    },
    {
      name: t(lang, "Per medlem", "Per member"),
      columns: [member, t(lang, "Delregion", "Sub-region"), t(lang, "Svarade", "Answered at"), t(lang, "Utbildningsområde", "Education area"), t(lang, "Målgrupp", "Audience"), t(lang, "Form", "Format"), participants, t(lang, "Notering", "Note"), t(lang, "Kommentar", "Comment")],
      rows: results.byMember.flatMap((m) => {
        const who = [m.memberName, m.subRegions.map((r) => nameIn(SUB_REGIONS, r, lang)).join(", "), m.answeredAt ?? null];
        const comment = m.comment ?? null;
        if (m.needs.length === 0) return [[...who, t(lang, "(inga behov)", "(no needs)"), null, null, null, null, comment]];
        return m.needs.map((n) => [...who, nameIn(EDUCATION_AREAS, n.area, lang), nameIn(NEEDS_AUDIENCES, n.audience, lang), nameIn(COURSE_FORMATS, n.format, lang), n.participants, n.note ?? null, comment]);
      }),
    },
    {
      name: t(lang, "Har inte svarat", "Not answered"),
      columns: [member, t(lang, "Mottagare", "Recipients")],
      rows: results.notAnswered.map((m) => [m.memberName, m.recipients]),
    },
    {
      name: t(lang, "Summering", "Totals"),
      columns: [t(lang, "Mått", "Measure"), t(lang, "Värde", "Value")],
      rows: [
        [t(lang, "Inventering", "Inventory"), round.title],
        [t(lang, "Gäller", "Concerns"), periodName(round, lang)],
        [t(lang, "Sista svarsdag", "Answer deadline"), round.deadline],
        [t(lang, "Medlemmar som har svarat", "Members that answered"), results.byMember.length],
        [t(lang, "Medlemmar som inte har svarat", "Members that have not answered"), results.notAnswered.length],
        [t(lang, "Medlemmar med behov", "Members with needs"), results.total.members],
        [t(lang, "Deltagare totalt", "Participants in all"), results.total.participants],
      ],
    },
  ];
}
