// Projects that courses belong to and grant reports are grouped by (WestKomp 0.1, DigiWestum,
// ...). They are data: coordinators keep them in the SharePoint list Projekt (in local mode the
// store holds the sample projects). A course keeps the name of the project it was given, so a
// project deactivated or removed later still names its courses and report rows.
//
//   GET /api/projects   200 Project[] (signed-in users), active ones first, each group by name
//
// The course form offers the active projects (and a course's own project, whatever became of
// it); POST/PUT /api/courses answer 400 for a project that is not an active one.

export interface Project {
  /** Stable key (ProjectKey in the list). */
  id: string;
  /** A proper noun, shown as it is in every language. */
  name: string;
  /** Who grants the money: ESF, Erasmus+, Västra Götalandsregionen, ... */
  funder: string;
  /** The project period as Stockholm days (YYYY-MM-DD), when known. */
  start?: string;
  end?: string;
  /** Only active projects are offered for new courses. */
  active: boolean;
}
