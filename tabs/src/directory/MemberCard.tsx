// One member in the result list: name (opens the detail), badges, facts, and the contacts the
// search sent for the card (the detail has them all).
import { useId } from "react";
import type { MemberSummary } from "@campus-westum/api/contract";
import { useT } from "../i18n";
import { LinkButton } from "../shared/TextLink";
import { ContactList } from "./ContactList";
import { MemberBadges } from "./MemberBadges";
import { MemberFacts } from "./MemberFacts";
import styles from "./MemberCard.module.css";

export function MemberCard({ member, onOpen }: { member: MemberSummary; onOpen: (memberId: string) => void }) {
  const t = useT();
  const nameId = useId();
  const hidden = member.contactCount - member.contacts.length;
  return (
    <article className={styles.card} aria-labelledby={nameId}>
      <div className={styles.header}>
        <h3 id={nameId} className={styles.name}>
          <LinkButton onClick={() => onOpen(member.id)}>
            {member.name}
          </LinkButton>
        </h3>
        <MemberBadges member={member} />
      </div>
      <MemberFacts member={member} />
      {member.contacts.length > 0 && (
        <div className={styles.contacts}>
          <h4 className={styles.contactsHeading}>{t("member.contacts")}</h4>
          <ContactList contacts={member.contacts} />
          {hidden > 0 && <LinkButton onClick={() => onOpen(member.id)}>{t("member.moreContacts", { count: hidden })}</LinkButton>}
        </div>
      )}
    </article>
  );
}
