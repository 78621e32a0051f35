// The user's own registration on a course: register (choosing a receiving site when the format
// needs one), the outcome (a seat or a waitlist position), and cancelling. The centre the hours
// count for is the one the member directory knows the user by; only when it does not know her
// does she choose it (the API records it as declared). Refusals (409: deadline passed, already
// registered; 400) show the API's own explanation.
import { useRef, useState } from "react";
import type { Course, Registration } from "@campus-westum/api/contract";
import { Button, Field, Select, Spinner } from "@fluentui/react-components";
import { ProblemError } from "../api/ProblemError";
import { useCatalogueApi } from "../api/useCatalogueApi";
import { formatNumber, useLocale } from "../i18n";
import { ErrorState } from "../shared/ErrorState";
import { readSetting, writeSetting } from "../shared/settingsStorage";
import type { MemberName } from "./memberNames";
import styles from "./RegistrationPanel.module.css";

const MEMBER_SETTING = "memberId";

interface Props {
  course: Course;
  /** The user's active registration on this course, if any. */
  mine: Registration | null;
  memberNames: MemberName[] | null;
  /** The member the directory knows the user by; absent: she chooses (declares) it. */
  knownMemberId: string | undefined;
  onChanged: () => void;
}

export function RegistrationPanel({ course, mine, memberNames, knownMemberId, onChanged }: Props) {
  const { locale, t } = useLocale();
  const api = useCatalogueApi();
  const [site, setSite] = useState("");
  const [memberId, setMemberId] = useState(() => readSetting(MEMBER_SETTING) ?? "");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [confirmCancel, setConfirmCancel] = useState(false);
  const [showErrors, setShowErrors] = useState(false);
  const [outcome, setOutcome] = useState<string>("");
  // The button that was pressed goes away with the change: focus moves to the outcome instead.
  const outcomeRef = useRef<HTMLParagraphElement>(null);

  const siteRequired = course.format === "live-broadcast";
  const siteOffered = course.receivingSites.length > 0 && (course.format === "live-broadcast" || course.format === "hybrid");
  const siteMissing = siteRequired && !site;
  // Without the directory's names (it failed to load) the API decides, and explains a refusal.
  const askMember = !knownMemberId && (memberNames === null || memberNames.length > 0);
  const memberMissing = askMember && !memberId;

  const run = async (action: () => Promise<Registration>, describe: (r: Registration) => string) => {
    setBusy(true);
    setError(null);
    setOutcome("");
    try {
      const registration = await action();
      setOutcome(describe(registration));
      setConfirmCancel(false);
      onChanged();
      setTimeout(() => outcomeRef.current?.focus());
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const register = () => {
    if (memberNames === null) return; // still loading the centres to choose from
    if (siteMissing || memberMissing) {
      setShowErrors(true);
      return;
    }
    if (askMember && memberId) writeSetting(MEMBER_SETTING, memberId);
    void run(
      () => api.register(course.id, { ...(site ? { siteMemberId: site } : {}), ...(askMember && memberId ? { memberId } : {}) }),
      (r) => (r.status === "waitlisted" ? t("registration.waitlistedNow", { position: r.position ?? 0 }) : t("registration.registeredNow")),
    );
  };
  const cancel = () => {
    if (!mine) return;
    void run(() => api.cancelRegistration(course.id, mine.id), () => t("registration.cancelledNow"));
  };

  const closedReason = registrationClosedReason(course);
  return (
    <div className={styles.panel}>
      <p ref={outcomeRef} tabIndex={-1} role="status" className={outcome ? styles.outcome : styles.empty}>
        {outcome}
      </p>
      {error !== null && (
        <ErrorState title={error instanceof ProblemError && error.problem.title ? error.problem.title : t("registration.failed")} error={error} />
      )}

      {mine ? (
        <>
          <p className={styles.state}>
            {mine.status === "waitlisted"
              ? t("registration.youAreWaitlisted", { position: formatNumber(mine.position ?? 0, locale) })
              : t("registration.youAreRegistered")}
            {mine.siteMemberId && ` ${t("registration.atSite", { site: siteName(course, mine.siteMemberId) })}`}
          </p>
          {confirmCancel ? (
            <div className={styles.actions} role="group" aria-label={t("registration.confirmCancel")}>
              <span>{t("registration.confirmCancel")}</span>
              <Button appearance="primary" onClick={cancel} disabledFocusable={busy} icon={busy ? <Spinner size="tiny" aria-hidden /> : undefined}>
                {t("registration.cancelYes")}
              </Button>
              <Button onClick={() => setConfirmCancel(false)}>{t("registration.cancelNo")}</Button>
            </div>
          ) : (
            <Button className={styles.start} onClick={() => setConfirmCancel(true)}>
              {t("registration.cancel")}
            </Button>
          )}
        </>
      ) : closedReason ? (
        <p className={styles.state}>{t(closedReason)}</p>
      ) : (
        <form
          className={styles.form}
          // The page says what is missing, in the UI's language, next to the field.
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            register();
          }}
        >
          {siteOffered && (
            <Field
              label={t("registration.site")}
              hint={siteRequired ? t("registration.siteHintRequired") : t("registration.siteHintOptional")}
              required={siteRequired}
              validationMessage={showErrors && siteMissing ? t("registration.siteMissing") : undefined}
            >
              <Select value={site} onChange={(_, data) => setSite(data.value)}>
                <option value="">{siteRequired ? t("registration.chooseSite") : t("registration.noSite")}</option>
                {course.availability
                  .filter((pool) => pool.memberId)
                  .map((pool) => (
                    <option key={pool.pool} value={pool.memberId}>
                      {t("registration.siteOption", {
                        member: pool.memberName ?? "",
                        room: pool.room ?? "",
                        left: pool.seatsLeft === null ? "∞" : formatNumber(pool.seatsLeft, locale),
                      })}
                    </option>
                  ))}
              </Select>
            </Field>
          )}
          {knownMemberId && (
            <p className={styles.state}>
              {t("registration.memberKnown", { member: memberNames?.find((m) => m.id === knownMemberId)?.name ?? knownMemberId })}
            </p>
          )}
          {askMember && (
            <Field
              label={t("registration.member")}
              hint={t("registration.memberDeclareHint")}
              required
              validationMessage={showErrors && memberMissing ? t("registration.memberMissing") : undefined}
            >
              <Select value={memberId} disabled={memberNames === null} onChange={(_, data) => setMemberId(data.value)}>
                <option value="">{memberNames === null ? t("app.loading") : t("registration.chooseMember")}</option>
                {memberNames?.map((member) => (
                  <option key={member.id} value={member.id}>
                    {member.name}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          <Button
            className={styles.start}
            type="submit"
            appearance="primary"
            disabledFocusable={busy || memberNames === null}
            icon={busy ? <Spinner size="tiny" aria-hidden /> : undefined}
          >
            {course.hasFreeSeats ? t("registration.register") : t("registration.joinWaitlist")}
          </Button>
        </form>
      )}
    </div>
  );
}

function siteName(course: Course, memberId: string): string {
  const site = course.receivingSites.find((s) => s.memberId === memberId);
  return site ? `${site.memberName}, ${site.room}` : memberId;
}

/** Why registration is closed, judged from what the page knows; the API has the last word. */
function registrationClosedReason(course: Course) {
  if (course.status === "cancelled") return "registration.closedCancelled" as const;
  if (course.status === "draft") return "registration.closedDraft" as const;
  if (Date.parse(course.registrationDeadline) < Date.now()) return "registration.closedDeadline" as const;
  return null;
}
