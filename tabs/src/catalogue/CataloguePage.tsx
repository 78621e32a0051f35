// The course catalogue: upcoming courses with search and filters, "my registrations", the tech
// network's events, the needs inventory, and for coordinators the course administration
// (registrations, attendance, exports), the participation report, the digital fika and the sync
// with SharePoint. The view, the filters and the open course live in the URL. As a channel tab
// (context=channel) it opens on the saved view and names it.
import { lazy, Suspense, useEffect, useId, useRef, useState } from "react";
import type { CourseFilters } from "@campus-westum/api/contract";
import { Button } from "@fluentui/react-components";
import { sameCourseFilters } from "../api/courseFilters";
import { useLocale } from "../i18n";
import { withFeatureMessages } from "../i18n/messages";
import { LoadingState } from "../shared/LoadingState";
import { PageTitle } from "../shared/PageTitle";
import page from "../shared/page.module.css";
import { useDocumentTitle } from "../shell/useDocumentTitle";
import { useTeams } from "../teams";
import { isChannelTab } from "../directory/filtersInUrl";
import { readCourseFiltersFromUrl, readCourseIdFromUrl, readViewFromUrl, writeParam, type CatalogueView } from "./catalogueUrl";
import { CATALOGUE_ENTITY_ID } from "./courseLink";
import { CourseSearchView } from "./CourseSearchView";
import { describeCourseView } from "./describeCourseView";
import { useMemberNames } from "./memberNames";
import { CalendarFeedPanel } from "./CalendarFeedPanel";
import { MyRegistrations } from "./MyRegistrations";
import { useMe } from "./useMe";
import { ViewTabs, type ViewTab } from "./ViewTabs";
import styles from "./CataloguePage.module.css";

const CourseDetail = lazy(() => import("./CourseDetail"));
const ManageCourses = lazy(() => import("./coordinator/ManageCourses"));
const ParticipationReportView = lazy(() => import("./coordinator/ParticipationReportView"));
const FikaView = lazy(() => withFeatureMessages("fika", import("../fika/FikaView")));
const AnnouncementsView = lazy(() => withFeatureMessages("announcements", import("../announcements/AnnouncementsView")));
const SyncHealthView = lazy(() => withFeatureMessages("sync", import("../syncHealth/SyncHealthView")));
const NeedsView = lazy(() => withFeatureMessages("needs", import("../needs/NeedsView")));
// A recurring event's rule reads in the fika's sentences: both catalogues come with the view.
const EventsView = lazy(() => withFeatureMessages("events", withFeatureMessages("fika", import("../events/EventsView"))));

export default function CataloguePage() {
  const { locale, t } = useLocale();
  const me = useMe();
  const memberNames = useMemberNames();
  const [savedView] = useState(readCourseFiltersFromUrl);
  const [channelTab] = useState(isChannelTab);
  const [view, setView] = useState<CatalogueView>(readViewFromUrl);
  // A channel tab pinned on the events view is named by the view, not by course filters it has none of.
  const [eventsTab] = useState(() => channelTab && view === "events");
  const [filters, setFilters] = useState<CourseFilters>(savedView);
  const [resets, setResets] = useState(0);
  const teams = useTeams();
  // A shared course link: ?course=<id> on the web, the deep link's subEntityId inside Teams.
  const [openCourse, setOpenCourse] = useState<{ id: string; title: string } | null>(() => {
    const id = readCourseIdFromUrl() ?? (teams.context?.pageId === CATALOGUE_ENTITY_ID ? teams.context.subPageId : undefined);
    return id ? { id, title: "" } : null;
  });
  const [detailOpen, setDetailOpen] = useState(openCourse !== null);
  const [manageCourseId, setManageCourseId] = useState<string | null>(null);
  // Registrations change in the drawer: "my registrations" fetches again after each change.
  const [registrationsVersion, setRegistrationsVersion] = useState(0);
  const detailOpener = useRef<HTMLElement | null>(null);
  const panelId = useId();

  const coordinator = me?.role === "coordinator";
  const shownView = !coordinator && (view === "manage" || view === "report" || view === "announcements" || view === "fika" || view === "sync") ? "courses" : view;
  const providerName = (id: string) => memberNames?.find((m) => m.id === id)?.name ?? id;
  const title = channelTab && !eventsTab
    ? t("catalogue.savedView", { view: describeCourseView(savedView, locale, t, providerName) ?? t("catalogueView.all") })
    : t("catalogue.title");
  useDocumentTitle(title);

  const chooseView = (next: CatalogueView) => {
    setView(next);
    writeParam("view", next);
  };
  const openDetail = (id: string, courseTitle: string) => {
    detailOpener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpenCourse({ id, title: courseTitle });
    setDetailOpen(true);
    writeParam("course", id);
  };
  // Focus goes back to what opened the course, as in the directory.
  const closeDetail = () => {
    setDetailOpen(false);
    writeParam("course", null);
    setTimeout(() => detailOpener.current?.focus());
  };
  const manage = (courseId: string) => {
    setDetailOpen(false);
    writeParam("course", null);
    setManageCourseId(courseId);
    chooseView("manage");
  };
  const viewTabs: ViewTab<CatalogueView>[] = [
    { value: "courses", label: t("catalogue.viewCourses") },
    { value: "mine", label: t("catalogue.viewMine") },
    { value: "events", label: t("catalogue.viewEvents") },
    { value: "needs", label: t("catalogue.viewNeeds") },
    ...(coordinator
      ? ([
          { value: "manage", label: t("catalogue.viewManage") },
          { value: "report", label: t("catalogue.viewReport") },
          { value: "announcements", label: t("catalogue.viewAnnouncements") },
          { value: "fika", label: t("catalogue.viewFika") },
          { value: "sync", label: t("catalogue.viewSync") },
        ] as const)
      : []),
  ];
  useEffect(() => {
    if (me && !coordinator && view !== shownView) writeParam("view", null);
  }, [me, coordinator, view, shownView]);

  return (
    <div className={page.page}>
      <div className={page.intro}>
        <div className={page.titleRow}>
          <PageTitle>{title}</PageTitle>
          {channelTab && shownView === "courses" && !sameCourseFilters(filters, savedView) && (
            <Button size="small" onClick={() => setResets((n) => n + 1)}>
              {t("directory.resetSavedView")}
            </Button>
          )}
        </div>
        <p className={page.lead}>{t("catalogue.lead")}</p>
      </div>

      <ViewTabs label={t("catalogue.views")} tabs={viewTabs} selected={shownView} onSelect={chooseView} panelId={panelId} />

      <div id={panelId} role="tabpanel" aria-labelledby={`${panelId}-tab-${shownView}`} className={styles.panel}>
        {shownView === "courses" && (
          <CourseSearchView key={resets} initial={resets > 0 ? savedView : filters} onFiltersChange={setFilters} providerName={providerName} onOpen={openDetail} />
        )}
        {shownView === "mine" && (
          <>
            <MyRegistrations version={registrationsVersion} onOpen={openDetail} />
            <CalendarFeedPanel />
          </>
        )}
        <Suspense fallback={<LoadingState label={t("app.loading")} />}>
          {shownView === "manage" && <ManageCourses courseId={manageCourseId} onCourseChange={setManageCourseId} onOpen={openDetail} />}
          {shownView === "report" && <ParticipationReportView memberNames={memberNames ?? []} />}
          {shownView === "announcements" && <AnnouncementsView />}
          {shownView === "fika" && <FikaView />}
          {shownView === "sync" && <SyncHealthView />}
          {shownView === "events" && <EventsView />}
          {shownView === "needs" && (me ? <NeedsView coordinator={coordinator} /> : <LoadingState label={t("app.loading")} />)}
        </Suspense>
      </div>

      {openCourse && (
        <Suspense fallback={null}>
          <CourseDetail
            courseId={openCourse.id}
            title={openCourse.title}
            open={detailOpen}
            coordinator={coordinator}
            memberNames={memberNames}
            knownMemberId={me?.memberId}
            onClose={closeDetail}
            onRegistrationsChange={() => setRegistrationsVersion((n) => n + 1)}
            onManage={manage}
          />
        </Suspense>
      )}
    </div>
  );
}
