// "Chat in Teams" with a contact. A real link to Teams' chat deep link (so it can be copied or
// opened in a new tab); inside Teams the click goes through the host instead, which opens the
// chat in place rather than a browser window.
import type { MouseEvent } from "react";
import { Chat16Regular } from "@fluentui/react-icons";
import { useT } from "../i18n";
import { TextLink } from "../shared/TextLink";
import { chatDeepLink, useTeams } from "../teams";

export function ChatLink({ email, name, className }: { email: string; name: string; className?: string }) {
  const t = useT();
  const { isInTeams, openChat } = useTeams();
  const openInTeams = (event: MouseEvent) => {
    event.preventDefault();
    openChat(email);
  };
  return (
    <TextLink
      className={className}
      href={chatDeepLink(email)}
      target="_blank"
      rel="noopener noreferrer"
      aria-label={t("contact.chatWith", { name })}
      onClick={isInTeams ? openInTeams : undefined}
    >
      <Chat16Regular aria-hidden />
      {t("contact.chat")}
    </TextLink>
  );
}
