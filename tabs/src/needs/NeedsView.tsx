// "Behovsinventering", a view of the catalogue tab: once a term coordinators ask every member what it
// needs next term. Coordinators set up and send rounds and read the results; staff answer for their
// member(s). Loaded lazily with its own messages (the "needs" catalogue).
import { useId } from "react";
import { useLocale } from "../i18n";
import view from "../shared/viewSection.module.css";
import { CoordinatorNeedsView } from "./CoordinatorNeedsView";
import { StaffNeedsView } from "./StaffNeedsView";

export default function NeedsView({ coordinator }: { coordinator: boolean }) {
  const { t } = useLocale();
  const headingId = useId();
  return (
    <section className={view.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={view.heading}>
        {t("needs.heading")}
      </h2>
      <p className={view.lead}>{t(coordinator ? "needs.coordinatorLead" : "needs.staffLead")}</p>
      {coordinator ? <CoordinatorNeedsView /> : <StaffNeedsView />}
    </section>
  );
}
