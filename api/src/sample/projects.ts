// The sample projects of local mode: the association's five projects as its annual report for
// 2020 describes them (funder and period; /work/shared/DOMAIN.md). Which are active is sample
// data: those the report shows continuing (Campus Westum extended, the Erasmus+ accreditation
// to 2027, Koppling West just granted) are; WestKomp 0.1 ended in June 2020, DigiWestum's
// period in July 2022.
import type { Project } from "../contract/index.js";

export const SAMPLE_PROJECTS: readonly Project[] = [
  { id: "westkomp-01", name: "WestKomp 0.1", funder: "ESF", start: "2018-04-01", end: "2020-06-30", active: false },
  { id: "campus-westum", name: "Campus Westum", funder: "Västra Götalandsregionen", start: "2020-01-01", end: "2022-06-30", active: true },
  { id: "digiwestum", name: "DigiWestum", funder: "ESF", start: "2021-01-01", end: "2022-07-31", active: false },
  { id: "erasmus-ka1", name: "Erasmus+ KA1", funder: "Erasmus+", start: "2019-09-01", end: "2027-12-31", active: true },
  // Granted in December 2020; the report gives no period.
  { id: "koppling-west", name: "Koppling West", funder: "ESF", active: true },
];
