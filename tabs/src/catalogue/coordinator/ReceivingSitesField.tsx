// The course form's receiving sites: a multiselect combobox of members (typed text filters on name
// and municipality; arrows move, Enter picks or unpicks, the list stays open for the next one),
// then one row per chosen member with its room and seats. The API's errors sit at the choice or
// at the row they name. Part of the form's lazy chunk.
import { useRef, useState } from "react";
import { Button, Combobox, Field, Input, Option } from "@fluentui/react-components";
import { Delete20Regular } from "@fluentui/react-icons";
import { useLocale, type MessageId } from "../../i18n";
import type { MemberName } from "../memberNames";
import { matchMembers, siteErrorPlace, siteName, withChosenMembers, type SiteErrorPlace, type SiteRow } from "./receivingSites";
import styles from "./ReceivingSitesField.module.css";

interface Props {
  required: boolean;
  rows: SiteRow[];
  /** null while the directory loads. */
  members: MemberName[] | null;
  /** The API's field errors of the last save. */
  errors: { field: string; message: string }[];
  onChange: (rows: SiteRow[]) => void;
}

export function ReceivingSitesField({ required, rows, members, errors, onChange }: Props) {
  const { t } = useLocale();
  const [query, setQuery] = useState("");
  const chooser = useRef<HTMLInputElement>(null);
  const matches = matchMembers(members ?? [], query);

  const memberOf = (id: string) => members?.find((m) => m.id === id);
  const setRow = (index: number, patch: Partial<SiteRow>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const remove = (index: number) => {
    onChange(rows.filter((_, i) => i !== index));
    chooser.current?.focus(); // the removed row's button is gone: focus goes back to the choice
  };

  const messageAt = (wanted: (place: SiteErrorPlace) => boolean) => {
    const found = errors.filter((e) => {
      const place = siteErrorPlace(e.field);
      return place !== null && wanted(place);
    });
    return found.length > 0 ? { validationMessage: found.map((e) => e.message).join(" "), validationState: "error" as const } : {};
  };

  return (
    <div className={styles.sites}>
      <Field
        label={t("courseForm.receivingSites")}
        required={required}
        hint={t(required ? "courseForm.receivingSitesHintRequired" : "courseForm.receivingSitesHintOptional")}
        {...messageAt((place) => place.at === "choice")}
      >
        <Combobox
          ref={chooser}
          multiselect
          // In the drawer, not in a portal: the app's root class (min-height: 100vh) also lands on
          // Fluent's portal nodes, and a popup's node would then cover the page and catch its clicks.
          inlinePopup
          disabled={members === null}
          placeholder={members === null ? t("courseForm.loadingMembers") : t("courseForm.searchSites")}
          value={query}
          selectedOptions={rows.map((row) => row.memberId)}
          onChange={(event) => setQuery(event.target.value)}
          onOptionSelect={(_, data) => {
            onChange(withChosenMembers(rows, data.selectedOptions, members ?? []));
            setQuery("");
          }}
          onBlur={() => setQuery("")}
        >
          {matches.map((member) => (
            <Option key={member.id} value={member.id} text={member.name} aria-label={[member.name, ...member.municipalities].join(", ")}>
              <MemberLabel name={member.name} municipalities={member.municipalities} />
            </Option>
          ))}
          {matches.length === 0 && (
            <Option value="" text="" disabled>
              {t("courseForm.noSiteMatches")}
            </Option>
          )}
        </Combobox>
      </Field>
      {rows.length > 0 && (
        <ul className={styles.rows} aria-label={t("courseForm.chosenSites", { count: rows.length })}>
          {rows.map((row, i) => {
            const name = siteName(row, members);
            // Visible labels are short ("Lokal"); read out, they name the member too.
            const named = (id: MessageId) => t("courseForm.siteField", { field: t(id), member: name });
            return (
              <li key={row.memberId} className={styles.row}>
                <div className={styles.rowHeader}>
                  <span className={styles.name}>
                    <MemberLabel name={name} municipalities={memberOf(row.memberId)?.municipalities ?? []} />
                  </span>
                  <Button appearance="subtle" aria-label={named("courseForm.removeSite")} icon={<Delete20Regular />} onClick={() => remove(i)}>
                    {t("courseForm.removeSite")}
                  </Button>
                </div>
                <Field label={t("courseForm.siteRoom")} required {...messageAt((place) => place.at === "room" && place.row === i)}>
                  <Input className={styles.input} aria-label={named("courseForm.siteRoom")} value={row.room} maxLength={200} onChange={(_, d) => setRow(i, { room: d.value })} />
                </Field>
                <Field label={t("courseForm.siteSeats")} required {...messageAt((place) => place.at === "seats" && place.row === i)}>
                  <Input className={styles.input} aria-label={named("courseForm.siteSeats")} type="number" min={0} value={row.seats} onChange={(_, d) => setRow(i, { seats: d.value })} />
                </Field>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

/** A member's name with its municipalities beneath. */
function MemberLabel({ name, municipalities }: { name: string; municipalities: readonly string[] }) {
  return (
    <span>
      {name}
      {municipalities.length > 0 && <span className={styles.municipality}>{municipalities.join(", ")}</span>}
    </span>
  );
}
