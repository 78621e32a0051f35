// "Anslut i Teams": a real link to the event's meeting (it can be copied or opened in a new tab).
// Inside Teams, a Teams meeting link goes through the host, which opens the meeting in Teams
// rather than in a browser window. A join link elsewhere (the list allows any https address) says
// so: "Öppna möteslänken".
import type { MouseEvent } from "react";
import { Video16Regular } from "@fluentui/react-icons";
import { useT } from "../i18n";
import { isTeamsMeetingLink } from "../fika/teamsMeetingLink";
import { TextLink } from "../shared/TextLink";
import { useTeams } from "../teams";

export function MeetingLink({ url, title, className }: { url: string; title: string; className?: string }) {
  const t = useT();
  const { isInTeams, openTeamsLink } = useTeams();
  const teamsMeeting = isTeamsMeetingLink(url);
  const text = t(teamsMeeting ? "events.join" : "events.joinOther");
  const openInTeams = (event: MouseEvent) => {
    event.preventDefault();
    openTeamsLink(url);
  };
  return (
    <TextLink
      className={className}
      href={url}
      target="_blank"
      rel="noopener noreferrer"
      aria-label={t("events.linkFor", { link: text, title })}
      onClick={isInTeams && teamsMeeting ? openInTeams : undefined}
    >
      <Video16Regular aria-hidden />
      {text}
    </TextLink>
  );
}
