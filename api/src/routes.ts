// Every HTTP route of the API, in one place. The Functions app registers apiRoutes; the local
// host serves apiRoutes plus localModeRoutes.
import { cancelCourse } from "./handlers/cancelCourse.js";
import { cancelRegistration } from "./handlers/cancelRegistration.js";
import { courseCalendar } from "./handlers/courseCalendar.js";
import { createCourse } from "./handlers/createCourse.js";
import { exportCourse } from "./handlers/exportCourse.js";
import { getCourse } from "./handlers/getCourse.js";
import { getMember } from "./handlers/getMember.js";
import { health } from "./handlers/health.js";
import { localToken, localUsers } from "./handlers/localIdentity.js";
import { listRegistrations } from "./handlers/listRegistrations.js";
import { me } from "./handlers/me.js";
import { myRegistrations } from "./handlers/myRegistrations.js";
import { participationReport } from "./handlers/participationReport.js";
import { publishCourse } from "./handlers/publishCourse.js";
import { recordAttendance } from "./handlers/recordAttendance.js";
import { registerForCourse } from "./handlers/registerForCourse.js";
import { searchCourses } from "./handlers/searchCourses.js";
import { searchMembers } from "./handlers/searchMembers.js";
import { syncNow } from "./handlers/syncNow.js";
import { syncStatus } from "./handlers/syncStatus.js";
import { updateCourse } from "./handlers/updateCourse.js";
import type { Route } from "./http/route.js";
import { announcementReport } from "./bot/deliveryReportRoute.js";
import { botMessages } from "./bot/messagesRoute.js";
import { fikaRoutes } from "./bot/fikaRoutes.js";

export const apiRoutes: Route[] = [
  health,
  me,
  searchMembers,
  getMember,
  // The course catalogue (issue 3).
  searchCourses,
  getCourse,
  createCourse,
  updateCourse,
  publishCourse,
  cancelCourse,
  courseCalendar,
  registerForCourse,
  cancelRegistration,
  listRegistrations,
  recordAttendance,
  exportCourse,
  myRegistrations,
  participationReport,
  // SharePoint sync (issue 4).
  syncNow,
  syncStatus,
  // The bot (issue 5): its endpoint and the delivery report.
  botMessages,
  announcementReport,
  ...fikaRoutes,
];

export const localModeRoutes: Route[] = [localUsers, localToken];
