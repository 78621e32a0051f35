// The coordinators' SharePoint lists, as data: each column is a Graph v1.0 columnDefinition,
// except that a lookup names its target list by key ("members") because the target's id is
// only known on the site; provisioning fills it in. Internal names are ASCII and stable (the
// API's sync reads them); display names are Swedish, as coordinators work in Swedish.
//
// Choices show Swedish labels; the sync maps a label (or the stable id) to the domain id.
// Multi-select choice columns are choice columns displayed as check boxes.
// Indexed: every column the API filters on, and the keys, so that filters stay under the
// list view threshold; enforceUniqueValues needs an index too.
import { CONTACT_ROLES, COURSE_FORMATS, COURSE_STATUSES, EDUCATION_AREAS, SUB_REGIONS } from "../../api/src/contract/index.js";
import { MUNICIPALITIES } from "../../api/src/sample/geography.js";
import { SAMPLE_PROJECTS } from "../../api/src/sample/projects.js";
import type { ColumnDefinition, ListDefinition, ListKey } from "../../api/src/sharepoint/listDefinition.js";

const sv = (list: readonly { sv: string }[]) => list.map((e) => e.sv);
const text = (name: string, displayName: string, extra: Partial<ColumnDefinition> = {}): ColumnDefinition => ({ name, displayName, text: {}, ...extra });
// Plain text: the sync reads these as text, and Graph's default textType is not documented.
const note = (name: string, displayName: string): ColumnDefinition => ({ name, displayName, text: { allowMultipleLines: true, textType: "plain" } });
const key = (name: string, displayName: string): ColumnDefinition =>
  text(name, displayName, { required: true, indexed: true, enforceUniqueValues: true, description: "Stabilt id (små bokstäver, siffror och bindestreck). Ändra inte efter att raden skapats." });
const choice = (name: string, displayName: string, choices: readonly string[], extra: Partial<ColumnDefinition> = {}): ColumnDefinition => ({
  name, displayName, choice: { choices: [...choices], displayAs: "dropDownMenu" }, ...extra,
});
const multiChoice = (name: string, displayName: string, choices: readonly string[], allowTextEntry = false): ColumnDefinition => ({
  name, displayName, choice: { choices: [...choices], displayAs: "checkBoxes", allowTextEntry },
});
const yesNo = (name: string, displayName: string): ColumnDefinition => ({ name, displayName, boolean: {} });
const number = (name: string, displayName: string, extra: Partial<ColumnDefinition> = {}): ColumnDefinition => ({ name, displayName, number: { decimalPlaces: "automatic" }, ...extra });
const when = (name: string, displayName: string, extra: Partial<ColumnDefinition> = {}): ColumnDefinition => ({ name, displayName, dateTime: { format: "dateTime" }, ...extra });
const lookup = (name: string, displayName: string, list: ListKey, extra: Partial<ColumnDefinition> = {}): ColumnDefinition => ({
  name, displayName, lookup: { list, columnName: "Title" }, indexed: true, ...extra,
});

const day = (name: string, displayName: string): ColumnDefinition => ({ name, displayName, dateTime: { format: "dateOnly" } });
/** The projects' names a member's Projects column starts with; coordinators may type others. */
const projectNames = SAMPLE_PROJECTS.map((p) => p.name);

const allMunicipalities = [...new Set(Object.values(MUNICIPALITIES).flat())].sort((a, b) => a.localeCompare(b, "sv"));

export const LIST_DEFINITIONS: ListDefinition[] = [
  {
    key: "members",
    displayName: "Medlemmar",
    description: "Nätverk Westums medlemmar (lärcentra). Rubrik = organisationens namn.",
    columns: [
      key("MemberKey", "Medlems-id"),
      // Several: Kungsbacka is in Halland and Göteborgsregionen. Not indexed: SharePoint indexes
      // no multi-value choice column, and the API does not filter the list on it.
      { ...multiChoice("SubRegion", "Delregion", sv(SUB_REGIONS)), required: true },
      multiChoice("Municipalities", "Kommuner", allMunicipalities, true),
      multiChoice("EducationAreas", "Utbildningsområden", sv(EDUCATION_AREAS)),
      multiChoice("DigitalSystems", "Digitala system", ["Teams", "Zoom", "Canvas", "Moodle", "Vklass", "Alvis", "Questback", "Google Classroom", "Adobe Connect", "Itslearning", "Hypergene", "Mentimeter"], true),
      multiChoice("Projects", "Projekt", projectNames, true),
      yesNo("TechNetwork", "Tekniknätverket"),
      note("Description", "Beskrivning"),
      text("Address", "Adress"),
      text("Website", "Webbplats"),
    ],
  },
  {
    key: "contacts",
    displayName: "Kontaktpersoner",
    description: "Kontaktpersoner hos medlemmarna. Rubrik = personens namn.",
    columns: [
      key("ContactKey", "Kontakt-id"),
      lookup("Member", "Medlem", "members", { required: true }),
      choice("Role", "Roll", sv(CONTACT_ROLES), { required: true }),
      text("Email", "E-post", { required: true, indexed: true }),
      text("Phone", "Telefon"),
      yesNo("TechNetwork", "Tekniknätverket"),
    ],
  },
  {
    key: "projects",
    displayName: "Projekt",
    description: "Projekt som utbildningar hör till; bidragsrapporterna grupperas efter dem. Rubrik = projektets namn.",
    columns: [
      key("ProjectKey", "Projekt-id"),
      // A funder not listed can be typed in (allowTextEntry).
      { name: "Funder", displayName: "Finansiär", required: true, choice: { choices: ["ESF", "Erasmus+", "Västra Götalandsregionen", "Region Halland"], displayAs: "dropDownMenu", allowTextEntry: true } },
      day("Start", "Start"),
      day("End", "Slut"),
      { ...yesNo("Active", "Aktivt"), description: "Bara aktiva projekt kan väljas för nya utbildningar. Avslutade projekt finns kvar i rapporterna." },
    ],
  },
  {
    key: "courses",
    displayName: "Utbildningar",
    description: "Utbildningar som medlemmarna erbjuder varandra. Rubrik = utbildningens titel.",
    columns: [
      key("CourseKey", "Utbildnings-id"),
      lookup("Provider", "Anordnare", "members", { required: true }),
      note("Description", "Beskrivning"),
      multiChoice("EducationAreas", "Utbildningsområden", sv(EDUCATION_AREAS)),
      choice("Format", "Form", sv(COURSE_FORMATS), { required: true }),
      choice("Status", "Status", sv(COURSE_STATUSES), { required: true, indexed: true }),
      // The project's name as the Projekt list has it (checked by the sync): a course keeps the
      // name it was given, also after its project is deactivated or removed from that list.
      text("Project", "Projekt", { description: "Projektets namn, som det står i listan Projekt (lämna tomt utan projekt)." }),
      choice("Language", "Språk", ["Svenska", "Engelska"]),
      text("Audience", "Målgrupp"),
      number("Seats", "Platser", { number: { decimalPlaces: "none", minimum: 0 } }),
      when("RegistrationDeadline", "Sista anmälningsdag", { required: true, indexed: true }),
      note("CancellationReason", "Orsak till inställd utbildning"),
    ],
  },
  {
    key: "sessions",
    displayName: "Kurstillfällen",
    description: "Tillfällen för en utbildning (tider i svensk tid). Rubrik = kort beskrivning.",
    columns: [
      { ...key("SessionKey", "Tillfälles-id"), description: "<utbildnings-id>/<tillfälle>, t.ex. excel-grund-3f9a/s1 (appen skriver så). Unikt i hela listan." },
      lookup("Course", "Utbildning", "courses", { required: true }),
      when("Start", "Start", { required: true, indexed: true }),
      when("End", "Slut", { required: true }),
      text("Place", "Plats"),
      text("OnlineUrl", "Länk"),
      number("Hours", "Timmar", { number: { decimalPlaces: "two", minimum: 0, maximum: 24 } }),
    ],
  },
  {
    key: "receivingSites",
    displayName: "Mottagande lärcentra",
    description: "Lärcentra som tar emot en sänd utbildning: lokal och platser. Rubrik = lokalens namn.",
    columns: [
      { ...key("SiteKey", "Mottagar-id"), description: "<utbildnings-id>/<medlems-id> (appen skriver så). Ändra inte." },
      lookup("Course", "Utbildning", "courses", { required: true }),
      lookup("Member", "Lärcentrum", "members", { required: true }),
      number("Seats", "Platser", { number: { decimalPlaces: "none", minimum: 0 } }),
    ],
  },
  {
    key: "registrations",
    displayName: "Anmälningar",
    description: "Anmälningar och närvaro. Skrivs av appen; samordnare kan rätta närvaro. Rubrik = deltagarens namn.",
    columns: [
      { ...key("RegistrationKey", "Anmälnings-id"), description: "Skrivs av appen: <utbildnings-id>/<anmälningsnummer>. Appen hittar raden med den. Ändra inte." },
      lookup("Course", "Utbildning", "courses", { required: true }),
      text("PersonEmail", "E-post", { required: true, indexed: true }),
      lookup("PersonMember", "Deltagarens medlem", "members", { required: true }),
      lookup("SiteMember", "Mottagande lärcentrum", "members"),
      choice("Status", "Status", ["Anmäld", "Väntelista", "Avanmäld"], { required: true, indexed: true }),
      note("Attendance", "Närvaro (timmar per tillfälle)"),
      number("AttendedHours", "Närvarotimmar", { number: { decimalPlaces: "two", minimum: 0 } }),
    ],
  },
  {
    key: "events",
    displayName: "Händelser",
    description: "Digital fika, tekniknätverkets träffar, Westumkonferensen. Rubrik = händelsens namn.",
    columns: [
      key("EventKey", "Händelse-id"),
      choice("EventType", "Typ", ["Digital fika", "Tekniknätverket", "Westumkonferensen", "Annat"], { required: true, indexed: true }),
      when("Start", "Start", { required: true, indexed: true }),
      number("DurationMinutes", "Längd (minuter)", { number: { decimalPlaces: "none", minimum: 0 } }),
      text("Recurrence", "Upprepning (RRULE)", { description: "RFC 5545, t.ex. FREQ=MONTHLY;BYDAY=1TU" }),
      text("JoinUrl", "Länk till mötet"),
      note("Description", "Beskrivning"),
      yesNo("Active", "Aktiv"),
    ],
  },
];
