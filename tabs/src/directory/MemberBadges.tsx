// A member's badges: in the tech network, and "Sample data" for invented local-mode members.
import type { MemberProfile } from "@campus-westum/api/contract";
import { useT } from "../i18n";
import { Pill } from "../shared/Pill";
import styles from "./MemberBadges.module.css";

export function MemberBadges({ member }: { member: MemberProfile }) {
  const t = useT();
  if (!member.techNetwork && !member.sample) return null;
  return (
    <span className={styles.badges}>
      {member.techNetwork && <Pill tone="brand">{t("member.techNetwork")}</Pill>}
      {member.sample && <Pill>{t("member.sample")}</Pill>}
    </span>
  );
}
