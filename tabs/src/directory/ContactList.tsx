// A member's contact persons: name, role, and ways to reach them (email, Teams chat, phone).
import type { Contact } from "@campus-westum/api/contract";
import { Mail16Regular } from "@fluentui/react-icons";
import { roleLabel, useLocale } from "../i18n";
import { Pill } from "../shared/Pill";
import { TextLink } from "../shared/TextLink";
import { ChatLink } from "./ChatLink";
import styles from "./ContactList.module.css";

export function ContactList({ contacts }: { contacts: Contact[] }) {
  const { locale, t } = useLocale();
  return (
    <ul className={styles.list}>
      {contacts.map((contact) => (
        <li key={contact.id} className={styles.contact}>
          <span className={styles.who}>
            <span className={styles.name}>{contact.name}</span>
            <span className={styles.role}>{roleLabel(contact.role, locale)}</span>
            {contact.techNetwork && <Pill>{t("member.techNetwork")}</Pill>}
          </span>
          <span className={styles.ways}>
            <TextLink className={styles.way} href={`mailto:${contact.email}`}>
              <Mail16Regular aria-hidden />
              {contact.email}
            </TextLink>
            <ChatLink className={styles.way} email={contact.email} name={contact.name} />
            {contact.phone && (
              <TextLink className={styles.way} href={`tel:${contact.phone.replace(/[^\d+]/g, "")}`}>
                {contact.phone}
              </TextLink>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
