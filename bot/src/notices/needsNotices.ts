// The needs inventory's announcements (issue 13): the round's card to every recipient when it is
// sent, the same card as a reminder, and the question to the members that teach an area. Ids come
// from the record that caused them (the API's needs outbox), so a repeated pump run is the same
// announcement and the delivery ledger sends nobody anything twice.
import type { Announcement } from "../announcements.js";
import { needsProviderRequestCard, needsRoundCard, type NeedsProviderRequestNotice } from "../cards/needsCards.js";
import { cardActivity } from "../connector/activity.js";
import type { Lang } from "../conversations.js";
import { needsMessages } from "../i18n/needsMessages.js";
import type { NeedsRoundView } from "../needsPort.js";

const both = (build: (lang: Lang) => ReturnType<typeof cardActivity>): Announcement["activities"] => ({ sv: build("sv"), en: build("en") });

const PREFIX = { "needs-round-sent": "needs-round", "needs-reminder": "needs-reminder", "needs-provider-request": "needs-providers" } as const;

/** The announcement an outbox record becomes (its "Utskick" report): the record's type and id (digits, letters, "-"). */
export const needsAnnouncementId = (record: { type: keyof typeof PREFIX; id: string }): string => `${PREFIX[record.type]}-${record.id}`;

export function needsRoundAnnouncement(round: NeedsRoundView, recordId: string, reminder: boolean): Announcement {
  return {
    id: needsAnnouncementId({ type: reminder ? "needs-reminder" : "needs-round-sent", id: recordId }),
    kind: reminder ? "needs-reminder" : "needs-round",
    title: round.title,
    activities: both((lang) => cardActivity(needsRoundCard(round, lang, { reminder }), round.title)),
  };
}

export function needsProviderAnnouncement(request: NeedsProviderRequestNotice, recordId: string): Announcement {
  return {
    id: needsAnnouncementId({ type: "needs-provider-request", id: recordId }),
    kind: "needs-provider-request",
    title: `${request.roundTitle}: ${request.area.sv}`,
    activities: both((lang) => cardActivity(needsProviderRequestCard(request, lang), needsMessages[lang].providerTitle(request.area[lang]))),
  };
}
