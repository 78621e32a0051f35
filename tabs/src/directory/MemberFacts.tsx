// Where a member is and what it offers, as a description list (card and detail alike).
import { Fragment } from "react";
import type { MemberProfile } from "@campus-westum/api/contract";
import { areaLabel, subRegionLabel, useLocale } from "../i18n";
import styles from "./MemberFacts.module.css";

export function MemberFacts({ member }: { member: MemberProfile }) {
  const { locale, t } = useLocale();
  const facts: [string, string][] = [
    [t("member.subRegion", { count: member.subRegions.length }), member.subRegions.map((id) => subRegionLabel(id, locale)).join(", ")],
    [t("member.municipalities", { count: member.municipalities.length }), member.municipalities.join(", ")],
    [t("member.areas"), member.areas.map((id) => areaLabel(id, locale)).join(", ")],
    [t("member.systems"), member.systems.join(", ")],
  ];
  return (
    <dl className={styles.list}>
      {facts
        .filter(([, value]) => value.length > 0)
        .map(([term, value]) => (
          <Fragment key={term}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value}>{value}</dd>
          </Fragment>
        ))}
    </dl>
  );
}
