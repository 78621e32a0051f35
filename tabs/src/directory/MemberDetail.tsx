// A member in full (description, address, website, projects, every contact) in a side drawer.
// Loaded lazily: most visits never open it.
import { useEffect, useState } from "react";
import type { MemberDetail as Member } from "@campus-westum/api/contract";
import { Button, DrawerBody, DrawerHeader, DrawerHeaderTitle, OverlayDrawer } from "@fluentui/react-components";
import { Dismiss24Regular, Open16Regular } from "@fluentui/react-icons";
import { isAbortError } from "../api/ProblemError";
import { useApi } from "../api/useApi";
import { useT } from "../i18n";
import { ErrorState } from "../shared/ErrorState";
import { LoadingState } from "../shared/LoadingState";
import { TextLink } from "../shared/TextLink";
import { ContactList } from "./ContactList";
import { MemberBadges } from "./MemberBadges";
import { MemberFacts } from "./MemberFacts";
import styles from "./MemberDetail.module.css";

type Load = { status: "loading" } | { status: "error"; error: unknown } | { status: "ready"; member: Member };

interface Props {
  memberId: string;
  name: string;
  /** Kept mounted while closing, so the drawer can animate out and hand focus back to its opener. */
  open: boolean;
  onClose: () => void;
}

export default function MemberDetail({ memberId, name, open, onClose }: Props) {
  const t = useT();
  const api = useApi();
  const [attempt, setAttempt] = useState(0);
  const [load, setLoad] = useState<Load>({ status: "loading" });

  useEffect(() => {
    const request = new AbortController();
    setLoad({ status: "loading" });
    api.getMember(memberId, request.signal).then(
      (member) => setLoad({ status: "ready", member }),
      (error: unknown) => {
        if (!isAbortError(error)) setLoad({ status: "error", error });
      },
    );
    return () => request.abort();
  }, [api, memberId, attempt]);

  return (
    <OverlayDrawer open={open} position="end" size="medium" onOpenChange={(_, data) => !data.open && onClose()}>
      <DrawerHeader>
        <DrawerHeaderTitle
          action={<Button appearance="subtle" aria-label={t("action.close")} icon={<Dismiss24Regular />} onClick={onClose} />}
        >
          {load.status === "ready" ? load.member.name : name}
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody className={styles.body}>
        {load.status === "loading" && <LoadingState label={t("detail.loading")} />}
        {load.status === "error" && (
          <ErrorState title={t("detail.failed")} error={load.error} onRetry={() => setAttempt((n) => n + 1)} />
        )}
        {load.status === "ready" && <MemberDetailContent member={load.member} />}
      </DrawerBody>
    </OverlayDrawer>
  );
}

function MemberDetailContent({ member }: { member: Member }) {
  const t = useT();
  return (
    <>
      <MemberBadges member={member} />
      {member.description && <p className={styles.text}>{member.description}</p>}
      <MemberFacts member={member} />
      {(member.address || member.website) && (
        <section className={styles.section}>
          <h3 className={styles.heading}>{t("detail.reach")}</h3>
          {member.address && <p className={styles.text}>{member.address}</p>}
          {member.website && (
            <TextLink className={styles.external} href={member.website} target="_blank" rel="noopener noreferrer">
              {member.website.replace(/^https?:\/\//, "")}
              <Open16Regular aria-label={t("detail.opensInNewTab")} />
            </TextLink>
          )}
        </section>
      )}
      {member.projects.length > 0 && (
        <section className={styles.section}>
          <h3 className={styles.heading}>{t("detail.projects")}</h3>
          <ul className={styles.list}>
            {member.projects.map((project) => (
              <li key={project}>{project}</li>
            ))}
          </ul>
        </section>
      )}
      <section className={styles.section}>
        <h3 className={styles.heading}>{t("member.contacts")}</h3>
        {member.contacts.length > 0 ? <ContactList contacts={member.contacts} /> : <p className={styles.text}>{t("detail.noContacts")}</p>}
      </section>
    </>
  );
}
