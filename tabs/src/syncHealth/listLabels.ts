// A list's key (members, courses ...) as coordinators know the list: its name on the site.
import type { MessageId, Translate } from "../i18n";

const KNOWN = ["members", "contacts", "projects", "courses", "sessions", "receivingSites", "registrations", "events"] as const;

export function listLabel(list: string, t: Translate): string {
  return (KNOWN as readonly string[]).includes(list) ? t(`sync.list.${list}` as MessageId) : list;
}
