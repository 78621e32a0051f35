// One member in the result list: name (opens the detail), badges, facts, and the first contacts.
import { useId } from "react";
import type { MemberSummary } from "@campus-westum/api/contract";
import { useT } from "../i18n";
import { LinkButton } from "../shared/TextLink";
import { ContactList } from "./ContactList";
import { MemberBadges } from "./MemberBadges";
import { MemberFacts } from "./MemberFacts";
import styles from "./MemberCard.module.css";

const CONTACTS_ON_CARD = 2;

export function MemberCard({ member, onOpen }: { member: MemberSummary; onOpen: (memberId: string) => void }) {
  const t = useT();
  const nameId = useId();
  const hidden = member.contacts.length - CONTACTS_ON_CARD;
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
          <ContactList contacts={member.contacts.slice(0, CONTACTS_ON_CARD)} />
          {hidden > 0 && <LinkButton onClick={() => onOpen(member.id)}>{t("member.moreContacts", { count: hidden })}</LinkButton>}
        </div>
      )}
    </article>
  );
}
