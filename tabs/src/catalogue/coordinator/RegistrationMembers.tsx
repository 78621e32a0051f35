// The member each active registration's hours count for, how it was decided (the directory, the
// person's own choice, a coordinator) and who registered the person. A coordinator corrects a
// member here: the choice is saved with its own button, so moving through the list with the
// keyboard changes nothing.
import { useId, useState } from "react";
import type { MemberSource, Registration } from "@campus-westum/api/contract";
import { Button, Select, Spinner } from "@fluentui/react-components";
import { useCatalogueApi } from "../../api/useCatalogueApi";
import { useLocale, type MessageId } from "../../i18n";
import { ErrorState } from "../../shared/ErrorState";
import { useMemberNames } from "../memberNames";
import styles from "./AttendanceGrid.module.css";

const SOURCE_TEXT: Record<MemberSource, MessageId> = {
  directory: "memberSource.directory",
  declared: "memberSource.declared",
  coordinator: "memberSource.coordinator",
};

interface Props {
  courseId: string;
  registrations: Registration[];
  onChanged: (updated: Registration) => void;
}

export function RegistrationMembers({ courseId, registrations, onChanged }: Props) {
  const { t } = useLocale();
  const api = useCatalogueApi();
  const captionId = useId();
  const memberNames = useMemberNames();
  const [choices, setChoices] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState("");
  const active = registrations.filter((r) => r.status !== "cancelled").sort((a, b) => a.person.name.localeCompare(b.person.name, "sv"));
  if (active.length === 0) return null;
  const nameOf = (memberId: string) => memberNames?.find((m) => m.id === memberId)?.name ?? memberId;
  const declared = active.filter((r) => r.memberSource === "declared").length;

  const save = (registration: Registration) => {
    const memberId = choices[registration.id];
    if (!memberId || memberId === registration.person.memberId) return;
    setSaving(registration.id);
    setError(null);
    setSaved("");
    api
      .changeRegistrationMember(courseId, registration.id, { memberId })
      .then((updated) => {
        onChanged(updated);
        setSaved(t("members.saved", { name: updated.person.name, member: nameOf(updated.person.memberId) }));
      }, setError)
      .finally(() => setSaving(null));
  };

  return (
    <section className={styles.section} aria-labelledby={captionId}>
      <div className={styles.scroller}>
        <table className={styles.table}>
          <caption id={captionId} className={styles.caption}>
            {t("members.caption", { count: active.length })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("members.person")}</th>
              <th scope="col">{t("members.member")}</th>
              <th scope="col">{t("members.source")}</th>
              <th scope="col">{t("members.registeredBy")}</th>
              <th scope="col">{t("members.change")}</th>
            </tr>
          </thead>
          <tbody>
            {active.map((r) => {
              const choice = choices[r.id] ?? r.person.memberId;
              return (
                <tr key={r.id}>
                  <th scope="row" className={styles.person}>
                    {r.person.name}
                    <span className={styles.email}>{r.person.email}</span>
                  </th>
                  <td>{nameOf(r.person.memberId)}</td>
                  <td>{r.memberSource === "declared" ? <strong>{t(SOURCE_TEXT.declared)}</strong> : t(SOURCE_TEXT[r.memberSource])}</td>
                  <td>{r.registeredBy ? r.registeredBy.name : t("members.self")}</td>
                  <td>
                    <div className={styles.memberChange}>
                      <Select
                        aria-label={t("members.changeLabel", { name: r.person.name })}
                        value={choice}
                        disabled={memberNames === null}
                        onChange={(_, data) => setChoices({ ...choices, [r.id]: data.value })}
                      >
                        {!memberNames?.some((m) => m.id === r.person.memberId) && <option value={r.person.memberId}>{r.person.memberId}</option>}
                        {memberNames?.map((member) => (
                          <option key={member.id} value={member.id}>
                            {member.name}
                          </option>
                        ))}
                      </Select>
                      <Button
                        aria-label={t("members.saveLabel", { name: r.person.name })}
                        onClick={() => save(r)}
                        disabledFocusable={saving !== null || choice === r.person.memberId}
                        icon={saving === r.id ? <Spinner size="tiny" aria-hidden /> : undefined}
                      >
                        {t("members.save")}
                      </Button>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p role="status" className={styles.note}>
        {saved || (declared > 0 ? t("members.declaredCount", { count: declared }) : "")}
      </p>
      {error !== null && <ErrorState title={t("members.failed")} error={error} />}
    </section>
  );
}
