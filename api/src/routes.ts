// Every HTTP route of the API, in one place. The Functions app registers apiRoutes; the local
// host serves apiRoutes plus localModeRoutes. Each entry is the one statement of a route's name,
// methods, path and access, and says where its handler is: the handler module exports just the
// function (a Handler typed for the access it needs) and is imported on the route's first request,
// so routes are registered and callers authenticated without loading any handler.
// A new route is one entry here plus one handler file (routes.test.ts checks the pairing).
import { lazyProbe, lazyRoute, type LazyRoute } from "./http/route.js";

export const apiRoutes: LazyRoute[] = [
  lazyProbe({ name: "health", methods: ["GET"], route: "health", access: "anonymous" }, async () => (await import("./handlers/health.js")).health),
  lazyRoute({ name: "me", methods: ["GET"], route: "me", access: "user" }, async () => (await import("./handlers/me.js")).me),
  lazyRoute({ name: "searchMembers", methods: ["GET"], route: "members", access: "user" }, async () => (await import("./handlers/searchMembers.js")).searchMembers),
  lazyRoute({ name: "getMember", methods: ["GET"], route: "members/{id}", access: "user" }, async () => (await import("./handlers/getMember.js")).getMember),
  // The course catalogue (issue 3).
  lazyRoute({ name: "listProjects", methods: ["GET"], route: "projects", access: "user" }, async () => (await import("./handlers/listProjects.js")).listProjects),
  lazyRoute({ name: "searchCourses", methods: ["GET"], route: "courses", access: "user" }, async () => (await import("./handlers/searchCourses.js")).searchCourses),
  lazyRoute({ name: "getCourse", methods: ["GET"], route: "courses/{id}", access: "user" }, async () => (await import("./handlers/getCourse.js")).getCourse),
  lazyRoute({ name: "createCourse", methods: ["POST"], route: "courses", access: "coordinator" }, async () => (await import("./handlers/createCourse.js")).createCourse),
  lazyRoute({ name: "updateCourse", methods: ["PUT"], route: "courses/{id}", access: "coordinator" }, async () => (await import("./handlers/updateCourse.js")).updateCourse),
  lazyRoute({ name: "publishCourse", methods: ["POST"], route: "courses/{id}/publish", access: "coordinator" }, async () => (await import("./handlers/publishCourse.js")).publishCourse),
  lazyRoute({ name: "cancelCourse", methods: ["POST"], route: "courses/{id}/cancel", access: "coordinator" }, async () => (await import("./handlers/cancelCourse.js")).cancelCourse),
  lazyRoute({ name: "courseCalendar", methods: ["GET"], route: "courses/{id}/calendar.ics", access: "user" }, async () => (await import("./handlers/courseCalendar.js")).courseCalendar),
  // A card's "add to calendar" link, signed so a browser opens it without a token (issue 11).
  lazyRoute({ name: "signedCourseCalendar", methods: ["GET"], route: "calendar/courses/{id}/calendar.ics", access: "anonymous" }, async () => (await import("./handlers/signedCourseCalendar.js")).signedCourseCalendar),
  lazyRoute({ name: "registerForCourse", methods: ["POST"], route: "courses/{id}/registrations", access: "user" }, async () => (await import("./handlers/registerForCourse.js")).registerForCourse),
  lazyRoute({ name: "cancelRegistration", methods: ["DELETE"], route: "courses/{id}/registrations/{registrationId}", access: "user" }, async () => (await import("./handlers/cancelRegistration.js")).cancelRegistration),
  lazyRoute({ name: "changeRegistrationMember", methods: ["PATCH"], route: "courses/{id}/registrations/{registrationId}", access: "coordinator" }, async () => (await import("./handlers/changeRegistrationMember.js")).changeRegistrationMember),
  lazyRoute({ name: "listRegistrations", methods: ["GET"], route: "courses/{id}/registrations", access: "coordinator" }, async () => (await import("./handlers/listRegistrations.js")).listRegistrations),
  lazyRoute({ name: "recordAttendance", methods: ["PUT"], route: "courses/{id}/attendance", access: "coordinator" }, async () => (await import("./handlers/recordAttendance.js")).recordAttendance),
  lazyRoute({ name: "exportCourse", methods: ["GET"], route: "courses/{id}/export", access: "coordinator" }, async () => (await import("./handlers/exportCourse.js")).exportCourse),
  lazyRoute({ name: "myRegistrations", methods: ["GET"], route: "me/registrations", access: "user" }, async () => (await import("./handlers/myRegistrations.js")).myRegistrations),
  // The personal calendar feed (issue 11): the person's own address, and the feed its secret opens.
  lazyRoute({ name: "getMyCalendarFeed", methods: ["GET"], route: "me/calendar-feed", access: "user" }, async () => (await import("./handlers/myCalendarFeed.js")).getMyCalendarFeed),
  lazyRoute({ name: "renewMyCalendarFeed", methods: ["POST"], route: "me/calendar-feed", access: "user" }, async () => (await import("./handlers/myCalendarFeed.js")).renewMyCalendarFeed),
  lazyRoute({ name: "revokeMyCalendarFeed", methods: ["DELETE"], route: "me/calendar-feed", access: "user" }, async () => (await import("./handlers/myCalendarFeed.js")).revokeMyCalendarFeed),
  lazyRoute({ name: "calendarFeed", methods: ["GET"], route: "calendar/feeds/{secret}/calendar.ics", access: "anonymous" }, async () => (await import("./handlers/calendarFeed.js")).calendarFeed),
  // The tech network's events (issue 11.6): the list, and an event's signed calendar link.
  lazyRoute({ name: "listNetworkEvents", methods: ["GET"], route: "events", access: "user" }, async () => (await import("./handlers/listNetworkEvents.js")).listNetworkEvents),
  lazyRoute({ name: "signedNetworkEventCalendar", methods: ["GET"], route: "calendar/events/{id}/calendar.ics", access: "anonymous" }, async () => (await import("./handlers/signedNetworkEventCalendar.js")).signedNetworkEventCalendar),
  lazyRoute({ name: "participationReport", methods: ["GET"], route: "reports/participation", access: "coordinator" }, async () => (await import("./handlers/participationReport.js")).participationReport),
  // SharePoint sync (issue 4).
  lazyRoute({ name: "syncNow", methods: ["POST"], route: "sync", access: "coordinator" }, async () => (await import("./handlers/syncNow.js")).syncNow),
  lazyRoute({ name: "syncStatus", methods: ["GET"], route: "sync/status", access: "coordinator" }, async () => (await import("./handlers/syncStatus.js")).syncStatus),
  lazyRoute({ name: "retryWriteBack", methods: ["POST"], route: "sync/write-backs/retry", access: "coordinator" }, async () => (await import("./handlers/retryWriteBack.js")).retryWriteBack),
  // The bot (issue 5): its endpoint, the delivery report and the coordinators' fika series.
  lazyRoute({ name: "botMessages", methods: ["POST"], route: "messages", access: "anonymous" }, async () => (await import("./bot/messagesRoute.js")).botMessages),
  lazyRoute({ name: "listAnnouncements", methods: ["GET"], route: "announcements", access: "coordinator" }, async () => (await import("./bot/deliveryReportsRoute.js")).listAnnouncements),
  lazyRoute({ name: "announcementReport", methods: ["GET"], route: "announcements/{id}/report", access: "coordinator" }, async () => (await import("./bot/deliveryReportRoute.js")).announcementReport),
  lazyRoute({ name: "retryAnnouncement", methods: ["POST"], route: "announcements/{id}/retry", access: "coordinator" }, async () => (await import("./bot/deliveryRetryRoute.js")).retryAnnouncement),
  // Who a course's announcements reach, and how many that is before sending (issue 11.2).
  lazyRoute({ name: "getCourseAudience", methods: ["GET"], route: "courses/{id}/audience", access: "coordinator" }, async () => (await import("./bot/audience/audienceRoutes.js")).getCourseAudience),
  lazyRoute({ name: "setCourseAudience", methods: ["PUT"], route: "courses/{id}/audience", access: "coordinator" }, async () => (await import("./bot/audience/audienceRoutes.js")).setCourseAudience),
  lazyRoute({ name: "audienceReach", methods: ["POST"], route: "audience/reach", access: "coordinator" }, async () => (await import("./bot/audience/audienceRoutes.js")).audienceReach),
  lazyRoute({ name: "audienceChannels", methods: ["GET"], route: "audience/channels", access: "coordinator" }, async () => (await import("./bot/audience/audienceRoutes.js")).audienceChannels),
  lazyRoute({ name: "listFikaSeries", methods: ["GET"], route: "fika/series", access: "coordinator" }, async () => (await import("./bot/fikaRoutes.js")).listFikaSeries),
  lazyRoute({ name: "createFikaSeries", methods: ["POST"], route: "fika/series", access: "coordinator" }, async () => (await import("./bot/fikaRoutes.js")).createFikaSeries),
  lazyRoute({ name: "updateFikaSeries", methods: ["PUT"], route: "fika/series/{id}", access: "coordinator" }, async () => (await import("./bot/fikaRoutes.js")).updateFikaSeries),
  // The needs inventory (issue 13): rounds, sending and reminding, answers from the tab.
  lazyRoute({ name: "listNeedsRounds", methods: ["GET"], route: "needs/rounds", access: "user" }, async () => (await import("./handlers/needs/needsRoundRoutes.js")).listNeedsRounds),
  lazyRoute({ name: "createNeedsRound", methods: ["POST"], route: "needs/rounds", access: "coordinator" }, async () => (await import("./handlers/needs/needsRoundRoutes.js")).createNeedsRound),
  lazyRoute({ name: "updateNeedsRound", methods: ["PUT"], route: "needs/rounds/{id}", access: "coordinator" }, async () => (await import("./handlers/needs/needsRoundRoutes.js")).updateNeedsRound),
  lazyRoute({ name: "sendNeedsRound", methods: ["POST"], route: "needs/rounds/{id}/send", access: "coordinator" }, async () => (await import("./handlers/needs/sendNeedsRound.js")).sendNeedsRound),
  lazyRoute({ name: "remindNeedsRound", methods: ["POST"], route: "needs/rounds/{id}/remind", access: "coordinator" }, async () => (await import("./handlers/needs/remindNeedsRound.js")).remindNeedsRound),
  lazyRoute({ name: "myNeedsAnswers", methods: ["GET"], route: "needs/rounds/{id}/answers/mine", access: "user" }, async () => (await import("./handlers/needs/myNeedsAnswers.js")).myNeedsAnswers),
  lazyRoute({ name: "putNeedsAnswer", methods: ["PUT"], route: "needs/rounds/{id}/answers/{memberId}", access: "user" }, async () => (await import("./handlers/needs/putNeedsAnswer.js")).putNeedsAnswer),
  // The needs inventory (issue 13): a round's results and export, and needs meet offers.
  lazyRoute({ name: "needsRoundResults", methods: ["GET"], route: "needs/rounds/{id}/results", access: "coordinator" }, async () => (await import("./handlers/needs/needsResultsRoute.js")).needsRoundResults),
  lazyRoute({ name: "needsRoundMatches", methods: ["GET"], route: "needs/rounds/{id}/matches", access: "coordinator" }, async () => (await import("./handlers/needs/needsMatchesRoute.js")).needsRoundMatches),
  lazyRoute({ name: "draftCourseFromNeeds", methods: ["POST"], route: "needs/rounds/{id}/matches/{area}/draft-course", access: "coordinator" }, async () => (await import("./handlers/needs/draftCourseFromNeeds.js")).draftCourseFromNeeds),
  lazyRoute({ name: "askProviders", methods: ["POST"], route: "needs/rounds/{id}/matches/{area}/ask-providers", access: "coordinator" }, async () => (await import("./handlers/needs/askProviders.js")).askProviders),
];

export const localModeRoutes: LazyRoute[] = [
  lazyRoute({ name: "localUsers", methods: ["GET"], route: "dev/users", access: "anonymous" }, async () => (await import("./handlers/localIdentity.js")).localUsers),
  lazyRoute({ name: "localToken", methods: ["POST"], route: "dev/token", access: "anonymous" }, async () => (await import("./handlers/localIdentity.js")).localToken),
];
