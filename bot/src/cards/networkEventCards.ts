// Cards about the tech network's events: a new one, a change of its time or join link, a
// cancellation, and the reminders before it. Each shows when (Stockholm time) and what kind of
// event it is; "Anslut" only for an https link, and the event's calendar link.
import type { Lang } from "../conversations.js";
import { formatSpan, formatWhen } from "../i18n/format.js";
import { messages } from "../i18n/messages.js";
import { httpsLink, type NetworkEventView } from "../networkEvents.js";
import { card, facts, openUrl, text, title, type Action, type AdaptiveCard, type Element } from "./adaptiveCard.js";

/** What a change notice compares with: the occurrence's time and link before the change. */
export interface NetworkEventBefore {
  start: string;
  end: string;
  joinUrl?: string;
}

/** Long descriptions are cut: the card is a notice, the event's page holds the rest. */
const DESCRIPTION_MAX = 600;

function eventFacts(event: NetworkEventView, lang: Lang): Element {
  const m = messages[lang];
  const later = (event.later ?? []).map((start) => formatWhen(start, lang)).join("\n");
  return facts([
    [m.networkKindLabel, m.networkKind[event.kind]],
    [m.networkWhen, formatSpan(event.start, event.end, lang)],
    ...(later ? [[m.networkLater, later] as [string, string]] : []),
  ]);
}

function description(event: NetworkEventView): Element[] {
  const value = event.description?.trim();
  if (!value) return [];
  return [text(value.length > DESCRIPTION_MAX ? `${value.slice(0, DESCRIPTION_MAX - 1)}…` : value)];
}

function eventActions(event: NetworkEventView, lang: Lang, calendarUrl: string | undefined): Action[] {
  const m = messages[lang];
  const join = httpsLink(event.joinUrl);
  return [...(join ? [openUrl(m.join, join)] : []), ...(calendarUrl ? [openUrl(m.addToCalendar, calendarUrl)] : [])];
}

export function networkEventCard(event: NetworkEventView, lang: Lang, calendarUrl: string | undefined): AdaptiveCard {
  const m = messages[lang];
  return card([text(m.networkPublished, { subtle: true }), title(event.title), eventFacts(event, lang), ...description(event)], eventActions(event, lang, calendarUrl));
}

/** The event as it is now, with what changed: the time (before → after) and/or the join link (when known). */
export function networkEventChangedCard(event: NetworkEventView, before: NetworkEventBefore | undefined, lang: Lang, calendarUrl: string | undefined): AdaptiveCard {
  const m = messages[lang];
  const moved = before !== undefined && (before.start !== event.start || before.end !== event.end);
  const relinked = before !== undefined && (before.joinUrl ?? "") !== (event.joinUrl ?? "") && httpsLink(event.joinUrl) !== undefined;
  const lines = [
    ...(moved ? [`${m.before}: ${formatSpan(before.start, before.end, lang)} → ${m.after}: ${formatSpan(event.start, event.end, lang)}`] : []),
    ...(relinked ? [m.networkNewLink] : []),
  ];
  return card(
    [text(m.networkChanged, { subtle: true, color: "Warning" }), title(event.title), ...(lines.length ? [text(`${m.changes}:\n\n${lines.map((l) => `- ${l}`).join("\n")}`)] : []), eventFacts(event, lang)],
    eventActions(event, lang, calendarUrl),
  );
}

export function networkEventCancelledCard(event: NetworkEventView, lang: Lang, reason?: string): AdaptiveCard {
  const m = messages[lang];
  return card([
    text(m.networkCancelled, { subtle: true, color: "Attention" }),
    title(event.title),
    text(m.networkCancelledText(event.title, formatWhen(event.start, lang))),
    ...(reason ? [text(m.cancelledBecause(reason))] : []),
  ]);
}

export function networkEventReminderCard(event: NetworkEventView, hoursBefore: number, lang: Lang, calendarUrl: string | undefined): AdaptiveCard {
  const m = messages[lang];
  return card(
    [text(m.reminderTitle(hoursBefore), { subtle: true }), title(event.title), text(m.reminderText(event.title, formatWhen(event.start, lang))), eventFacts({ ...event, later: [] }, lang)],
    eventActions(event, lang, calendarUrl),
  );
}
