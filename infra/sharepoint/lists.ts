// The coordinators' SharePoint lists, as data: each column is a Graph v1.0 columnDefinition,
// except that a lookup names its target list by key ("members") because the target's id is
// only known on the site; provisioning fills it in. Internal names are ASCII and stable (the
// API's sync reads them); display names are Swedish, as coordinators work in Swedish, and come
// from api/src/sharepoint/listNames.ts, where the API finds them too.
//
// Choices show Swedish labels; the sync maps a label (or the stable id) to the domain id.
// Multi-select choice columns are choice columns displayed as check boxes.
// Indexed: every column the API filters on, and the keys, so that filters stay under the
// list view threshold; enforceUniqueValues needs an index too.
import { CONTACT_ROLES, COURSE_FORMATS, COURSE_STATUSES, EDUCATION_AREAS, MAX_NEED_PARTICIPANTS, NEEDS_AUDIENCES, SUB_REGIONS, TERMS } from "../../api/src/contract/index.js";
import { MUNICIPALITIES } from "../../api/src/sample/geography.js";
import { SAMPLE_PROJECTS } from "../../api/src/sample/projects.js";
import type { ColumnDefinition, ListDefinition, ListKey } from "../../api/src/sharepoint/listDefinition.js";
import { LIST_NAMES } from "../../api/src/sharepoint/listNames.js";
import { ROUND_LIST_STATUSES } from "../../api/src/sharepoint/mapping/needsListFields.js";

const sv = (list: readonly { sv: string }[]) => list.map((e) => e.sv);
/** A column before its display name, which comes from LIST_NAMES (named, below). */
type Column = Omit<ColumnDefinition, "displayName">;
const text = (name: string, extra: Partial<Column> = {}): Column => ({ name, text: {}, ...extra });
// Plain text: the sync reads these as text, and Graph's default textType is not documented.
const note = (name: string): Column => ({ name, text: { allowMultipleLines: true, textType: "plain" } });
const key = (name: string): Column =>
  text(name, { required: true, indexed: true, enforceUniqueValues: true, description: "Stabilt id (små bokstäver, siffror och bindestreck). Ändra inte efter att raden skapats." });
const choice = (name: string, choices: readonly string[], extra: Partial<Column> = {}): Column => ({
  name, choice: { choices: [...choices], displayAs: "dropDownMenu" }, ...extra,
});
const multiChoice = (name: string, choices: readonly string[], allowTextEntry = false): Column => ({
  name, choice: { choices: [...choices], displayAs: "checkBoxes", allowTextEntry },
});
const yesNo = (name: string): Column => ({ name, boolean: {} });
const number = (name: string, extra: Partial<Column> = {}): Column => ({ name, number: { decimalPlaces: "automatic" }, ...extra });
const when = (name: string, extra: Partial<Column> = {}): Column => ({ name, dateTime: { format: "dateTime" }, ...extra });
const lookup = (name: string, list: ListKey, extra: Partial<Column> = {}): Column => ({
  name, lookup: { list, columnName: "Title" }, indexed: true, ...extra,
});

const day = (name: string): Column => ({ name, dateTime: { format: "dateOnly" } });
/** The projects' names a member's Projects column starts with; coordinators may type others. */
const projectNames = SAMPLE_PROJECTS.map((p) => p.name);

const allMunicipalities = [...new Set(Object.values(MUNICIPALITIES).flat())].sort((a, b) => a.localeCompare(b, "sv"));

const LISTS: { key: ListKey; description: string; columns: Column[] }[] = [
  {
    key: "members",
    description: "Nätverk Westums medlemmar (lärcentra). Rubrik = organisationens namn.",
    columns: [
      key("MemberKey"),
      // Several: Kungsbacka is in Halland and Göteborgsregionen. Not indexed: SharePoint indexes
      // no multi-value choice column, and the API does not filter the list on it.
      { ...multiChoice("SubRegion", sv(SUB_REGIONS)), required: true },
      multiChoice("Municipalities", allMunicipalities, true),
      multiChoice("EducationAreas", sv(EDUCATION_AREAS)),
      multiChoice("DigitalSystems", ["Teams", "Zoom", "Canvas", "Moodle", "Vklass", "Alvis", "Questback", "Google Classroom", "Adobe Connect", "Itslearning", "Hypergene", "Mentimeter"], true),
      multiChoice("Projects", projectNames, true),
      yesNo("TechNetwork"),
      note("Description"),
      text("Address"),
      text("Website"),
    ],
  },
  {
    key: "contacts",
    description: "Kontaktpersoner hos medlemmarna. Rubrik = personens namn.",
    columns: [
      key("ContactKey"),
      lookup("Member", "members", { required: true }),
      choice("Role", sv(CONTACT_ROLES), { required: true }),
      text("Email", { required: true, indexed: true }),
      text("Phone"),
      yesNo("TechNetwork"),
    ],
  },
  {
    key: "projects",
    description: "Projekt som utbildningar hör till; bidragsrapporterna grupperas efter dem. Rubrik = projektets namn.",
    columns: [
      key("ProjectKey"),
      // A funder not listed can be typed in (allowTextEntry).
      { name: "Funder", required: true, choice: { choices: ["ESF", "Erasmus+", "Västra Götalandsregionen", "Region Halland"], displayAs: "dropDownMenu", allowTextEntry: true } },
      day("Start"),
      day("End"),
      { ...yesNo("Active"), description: "Bara aktiva projekt kan väljas för nya utbildningar. Avslutade projekt finns kvar i rapporterna." },
    ],
  },
  {
    key: "courses",
    description: "Utbildningar som medlemmarna erbjuder varandra. Rubrik = utbildningens titel.",
    columns: [
      key("CourseKey"),
      lookup("Provider", "members", { required: true }),
      note("Description"),
      multiChoice("EducationAreas", sv(EDUCATION_AREAS)),
      choice("Format", sv(COURSE_FORMATS), { required: true }),
      choice("Status", sv(COURSE_STATUSES), { required: true, indexed: true }),
      // The project's name as the Projekt list has it (checked by the sync): a course keeps the
      // name it was given, also after its project is deactivated or removed from that list.
      text("Project", { description: "Projektets namn, som det står i listan Projekt (lämna tomt utan projekt)." }),
      choice("Language", ["Svenska", "Engelska"]),
      text("Audience"),
      number("Seats", { number: { decimalPlaces: "none", minimum: 0 } }),
      when("RegistrationDeadline", { required: true, indexed: true }),
      note("CancellationReason"),
    ],
  },
  {
    key: "sessions",
    description: "Tillfällen för en utbildning (tider i svensk tid). Rubrik = kort beskrivning.",
    columns: [
      { ...key("SessionKey"), description: "<utbildnings-id>/<tillfälle>, t.ex. excel-grund-3f9a/s1 (appen skriver så). Unikt i hela listan." },
      lookup("Course", "courses", { required: true }),
      when("Start", { required: true, indexed: true }),
      when("End", { required: true }),
      text("Place"),
      text("OnlineUrl"),
      number("Hours", { number: { decimalPlaces: "two", minimum: 0, maximum: 24 } }),
    ],
  },
  {
    key: "receivingSites",
    description: "Lärcentra som tar emot en sänd utbildning: lokal och platser. Rubrik = lokalens namn.",
    columns: [
      { ...key("SiteKey"), description: "<utbildnings-id>/<medlems-id> (appen skriver så). Ändra inte." },
      lookup("Course", "courses", { required: true }),
      lookup("Member", "members", { required: true }),
      number("Seats", { number: { decimalPlaces: "none", minimum: 0 } }),
    ],
  },
  {
    key: "registrations",
    description: "Anmälningar och närvaro. Skrivs av appen; samordnare kan rätta närvaro. Rubrik = deltagarens namn.",
    columns: [
      { ...key("RegistrationKey"), description: "Skrivs av appen: <utbildnings-id>/<anmälningsnummer>. Appen hittar raden med den. Ändra inte." },
      lookup("Course", "courses", { required: true }),
      text("PersonEmail", { required: true, indexed: true }),
      lookup("PersonMember", "members", { required: true }),
      lookup("SiteMember", "members"),
      choice("Status", ["Anmäld", "Väntelista", "Avanmäld"], { required: true, indexed: true }),
      note("Attendance"),
      number("AttendedHours", { number: { decimalPlaces: "two", minimum: 0 } }),
    ],
  },
  {
    key: "events",
    description: "Digital fika, tekniknätverkets träffar, Westumkonferensen. Rubrik = händelsens namn.",
    columns: [
      key("EventKey"),
      choice("EventType", ["Digital fika", "Tekniknätverket", "Westumkonferensen", "Annat"], { required: true, indexed: true }),
      when("Start", { required: true, indexed: true }),
      number("DurationMinutes", { number: { decimalPlaces: "none", minimum: 0 } }),
      text("Recurrence", { description: "RFC 5545, t.ex. FREQ=MONTHLY;BYDAY=1TU" }),
      text("JoinUrl"),
      note("Description"),
      yesNo("Active"),
    ],
  },
  // The needs inventory (docs/decisions/0020): the app writes these lists and never reads them
  // back; an edit by hand is overwritten at the round's or the answer's next change.
  {
    key: "needsRounds",
    description: "Behovsinventeringar. Skrivs av appen (ändra i Teams, inte här). Rubrik = inventeringens rubrik.",
    columns: [
      key("RoundKey"),
      choice("Term", sv(TERMS), { required: true }),
      number("Year", { number: { decimalPlaces: "none", minimum: 2000, maximum: 2100 } }),
      { ...day("Deadline"), required: true },
      { ...choice("Status", Object.values(ROUND_LIST_STATUSES), { required: true }), description: "Utkast eller Skickad. Efter sista svarsdagen är inventeringen stängd." },
      when("SentAt"),
      multiChoice("RecipientRoles", sv(CONTACT_ROLES)),
      multiChoice("EducationAreas", sv(EDUCATION_AREAS)),
    ],
  },
  {
    key: "needs",
    description: "Ett behov per rad, som medlemmarna svarat i Teams. Skrivs av appen. Rubrik = medlem: område (målgrupp).",
    columns: [
      { ...key("NeedKey"), description: "<inventerings-id>/<medlems-id>/<område>/<målgrupp> (appen skriver så). Ändra inte." },
      lookup("Round", "needsRounds", { required: true }),
      lookup("Member", "members", { required: true }),
      choice("EducationArea", sv(EDUCATION_AREAS), { required: true, indexed: true }),
      choice("Audience", sv(NEEDS_AUDIENCES), { required: true }),
      choice("Format", sv(COURSE_FORMATS), { required: true }),
      number("Participants", { number: { decimalPlaces: "none", minimum: 1, maximum: MAX_NEED_PARTICIPANTS } }),
      note("Note"),
      note("Comment"),
    ],
  },
];

/** The Swedish names of the site, from the one table of names the API shows coordinators too. */
function named(list: { key: ListKey; description: string; columns: Column[] }): ListDefinition {
  const names = LIST_NAMES[list.key];
  const columns = list.columns.map((c) => {
    const label = names.columns[c.name];
    if (!label) throw new Error(`api/src/sharepoint/listNames.ts has no name for ${list.key}.${c.name}`);
    return { ...c, displayName: label.sv };
  });
  return { key: list.key, displayName: names.label.sv, description: list.description, columns };
}

export const LIST_DEFINITIONS: ListDefinition[] = LISTS.map(named);
