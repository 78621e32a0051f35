// The names coordinators see for the SharePoint lists and their columns, Swedish and English.
// The Swedish name is the one on the site (infra/sharepoint/lists.ts provisions it from here);
// the English one is for the tab in English. The API names rejected rows' columns and refused
// fields with them, so that a coordinator finds "Delregion" in the list, not "SubRegion".
// Title is SharePoint's built-in column, shown as "Rubrik" on a Swedish site.
import type { ListKey } from "./listDefinition.js";

export interface Label {
  sv: string;
  en: string;
}

export interface ListNames {
  label: Label;
  /** Internal column name -> its display name. */
  columns: Record<string, Label>;
}

const title: Label = { sv: "Rubrik", en: "Title" };

export const LIST_NAMES: Record<ListKey, ListNames> = {
  members: {
    label: { sv: "Medlemmar", en: "Members" },
    columns: {
      Title: title,
      MemberKey: { sv: "Medlems-id", en: "Member id" },
      SubRegion: { sv: "Delregion", en: "Sub-region" },
      Municipalities: { sv: "Kommuner", en: "Municipalities" },
      EducationAreas: { sv: "Utbildningsområden", en: "Education areas" },
      DigitalSystems: { sv: "Digitala system", en: "Digital systems" },
      Projects: { sv: "Projekt", en: "Projects" },
      TechNetwork: { sv: "Tekniknätverket", en: "Tech network" },
      Description: { sv: "Beskrivning", en: "Description" },
      Address: { sv: "Adress", en: "Address" },
      Website: { sv: "Webbplats", en: "Website" },
    },
  },
  contacts: {
    label: { sv: "Kontaktpersoner", en: "Contacts" },
    columns: {
      Title: title,
      ContactKey: { sv: "Kontakt-id", en: "Contact id" },
      Member: { sv: "Medlem", en: "Member" },
      Role: { sv: "Roll", en: "Role" },
      Email: { sv: "E-post", en: "E-mail" },
      Phone: { sv: "Telefon", en: "Phone" },
      TechNetwork: { sv: "Tekniknätverket", en: "Tech network" },
    },
  },
  projects: {
    label: { sv: "Projekt", en: "Projects" },
    columns: {
      Title: title,
      ProjectKey: { sv: "Projekt-id", en: "Project id" },
      Funder: { sv: "Finansiär", en: "Funder" },
      Start: { sv: "Start", en: "Start" },
      End: { sv: "Slut", en: "End" },
      Active: { sv: "Aktivt", en: "Active" },
    },
  },
  courses: {
    label: { sv: "Utbildningar", en: "Courses" },
    columns: {
      Title: title,
      CourseKey: { sv: "Utbildnings-id", en: "Course id" },
      Provider: { sv: "Anordnare", en: "Provider" },
      Description: { sv: "Beskrivning", en: "Description" },
      EducationAreas: { sv: "Utbildningsområden", en: "Education areas" },
      Format: { sv: "Form", en: "Format" },
      Status: { sv: "Status", en: "Status" },
      Project: { sv: "Projekt", en: "Project" },
      Language: { sv: "Språk", en: "Language" },
      Audience: { sv: "Målgrupp", en: "Audience" },
      Seats: { sv: "Platser", en: "Seats" },
      RegistrationDeadline: { sv: "Sista anmälningsdag", en: "Registration deadline" },
      CancellationReason: { sv: "Orsak till inställd utbildning", en: "Reason for cancellation" },
    },
  },
  sessions: {
    label: { sv: "Kurstillfällen", en: "Sessions" },
    columns: {
      Title: title,
      SessionKey: { sv: "Tillfälles-id", en: "Session id" },
      Course: { sv: "Utbildning", en: "Course" },
      Start: { sv: "Start", en: "Start" },
      End: { sv: "Slut", en: "End" },
      Place: { sv: "Plats", en: "Place" },
      OnlineUrl: { sv: "Länk", en: "Link" },
      Hours: { sv: "Timmar", en: "Hours" },
    },
  },
  receivingSites: {
    label: { sv: "Mottagande lärcentra", en: "Receiving learning centres" },
    columns: {
      Title: title,
      SiteKey: { sv: "Mottagar-id", en: "Receiving site id" },
      Course: { sv: "Utbildning", en: "Course" },
      Member: { sv: "Lärcentrum", en: "Learning centre" },
      Seats: { sv: "Platser", en: "Seats" },
    },
  },
  registrations: {
    label: { sv: "Anmälningar", en: "Registrations" },
    columns: {
      Title: title,
      RegistrationKey: { sv: "Anmälnings-id", en: "Registration id" },
      Course: { sv: "Utbildning", en: "Course" },
      PersonEmail: { sv: "E-post", en: "E-mail" },
      PersonMember: { sv: "Deltagarens medlem", en: "Participant's member" },
      SiteMember: { sv: "Mottagande lärcentrum", en: "Receiving learning centre" },
      Status: { sv: "Status", en: "Status" },
      Attendance: { sv: "Närvaro (timmar per tillfälle)", en: "Attendance (hours per session)" },
      AttendedHours: { sv: "Närvarotimmar", en: "Hours attended" },
    },
  },
  events: {
    label: { sv: "Händelser", en: "Events" },
    columns: {
      Title: title,
      EventKey: { sv: "Händelse-id", en: "Event id" },
      EventType: { sv: "Typ", en: "Type" },
      Start: { sv: "Start", en: "Start" },
      DurationMinutes: { sv: "Längd (minuter)", en: "Length (minutes)" },
      Recurrence: { sv: "Upprepning (RRULE)", en: "Recurrence (RRULE)" },
      JoinUrl: { sv: "Länk till mötet", en: "Meeting link" },
      Description: { sv: "Beskrivning", en: "Description" },
      Active: { sv: "Aktiv", en: "Active" },
    },
  },
  // The needs inventory (decision 0020): written by the app, never read back.
  needsRounds: {
    label: { sv: "Behovsinventeringar", en: "Needs inventories" },
    columns: {
      Title: title,
      RoundKey: { sv: "Inventerings-id", en: "Inventory id" },
      Term: { sv: "Termin", en: "Term" },
      Year: { sv: "År", en: "Year" },
      Deadline: { sv: "Sista svarsdag", en: "Last day to answer" },
      Status: { sv: "Status", en: "Status" },
      SentAt: { sv: "Skickad", en: "Sent" },
      RecipientRoles: { sv: "Tillfrågade roller", en: "Roles asked" },
      EducationAreas: { sv: "Utbildningsområden", en: "Education areas" },
    },
  },
  needs: {
    label: { sv: "Behov", en: "Needs" },
    columns: {
      Title: title,
      NeedKey: { sv: "Behovs-id", en: "Need id" },
      Round: { sv: "Behovsinventering", en: "Needs inventory" },
      Member: { sv: "Medlem", en: "Member" },
      EducationArea: { sv: "Utbildningsområde", en: "Education area" },
      Audience: { sv: "Målgrupp", en: "Audience" },
      Format: { sv: "Form", en: "Format" },
      Participants: { sv: "Förväntat antal deltagare", en: "Expected participants" },
      Note: { sv: "Kommentar till behovet", en: "Note on the need" },
      Comment: { sv: "Medlemmens kommentar", en: "The member's comment" },
    },
  },
};

/** A column's display name; a column the lists do not have keeps its internal name. */
export function columnLabel(list: string, column: string): Label {
  return LIST_NAMES[list as ListKey]?.columns[column] ?? { sv: column, en: column };
}

export const listLabel = (list: string): Label => LIST_NAMES[list as ListKey]?.label ?? { sv: list, en: list };

/**
 * A rejected row with the names coordinators see: the list's, and its column's (several are
 * joined by ", " in `column`). Applied where rows leave the sync, so rows stored by an older
 * version get them too.
 */
export function withLabels<T extends { list: string; column?: string }>(row: T): T & { listLabel: Label; columnLabel?: Label } {
  if (!row.column) return { ...row, listLabel: listLabel(row.list) };
  const labels = row.column.split(", ").map((c) => columnLabel(row.list, c));
  return { ...row, listLabel: listLabel(row.list), columnLabel: { sv: labels.map((l) => l.sv).join(", "), en: labels.map((l) => l.en).join(", ") } };
}
