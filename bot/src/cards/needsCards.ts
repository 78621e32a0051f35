// The needs inventory's cards (issue 13). The card the bot sends is the same for everyone (the
// round, its intro and deadline); it carries a refresh action (Universal Actions), so Teams asks
// the bot for the viewer's own card when she sees it: the form with her member's current answer
// filled in, or the answer as it stood when the round closed. "Spara" sends the answer back with
// the version the form showed, so a stale card cannot overwrite a newer answer.
import type { Lang } from "../conversations.js";
import { formatWhen } from "../i18n/format.js";
import { formatDay, needsMessages } from "../i18n/needsMessages.js";
import type { NeedsAnswerView, NeedsPort, NeedsRoundView, NeedView } from "../needsPort.js";
import type { Labelled, MemberChoice } from "../ports.js";
import { card, execute, facts, openUrl, teamsChatLink, text, title, type AdaptiveCard, type Element } from "./adaptiveCard.js";
import type { RefreshingCard } from "./fikaCards.js";

/** The refresh and "Svara" verb: it only reads. */
export const NEEDS_VIEW_VERB = "needsView";
/** "Spara": the only verb that writes. */
export const NEEDS_SAVE_VERB = "needsSave";

/**
 * Empty rows the form offers below the stated needs, for adding more. A stated need's row has
 * its area and audience fixed (its heading) and no area list: with every area offered the card
 * would otherwise outgrow Teams' message size (see MAX_CARD_CHARS).
 */
export const EXTRA_NEED_ROWS = 2;
/** Mirrors the API's MAX_NEEDS_PER_ANSWER (contract/needs.ts): the form never shows more rows. */
export const MAX_NEED_ROWS = 20;
export const MAX_PARTICIPANTS = 1000;
export const MAX_NOTE = 500;
export const MAX_COMMENT = 2000;
/**
 * Teams counts a bot message in UTF-16 and refuses one over about 100 KB; Microsoft recommends
 * staying within 80 KB ("Format your bot messages", Microsoft Learn): 40,960 characters.
 */
export const MAX_CARD_CHARS = 40_960;

/** The ids of a row's inputs; Teams merges every input into the action's data under its id. */
export const rowInput = (row: number, field: "area" | "audience" | "format" | "participants" | "note" | "remove") => `need${row}${field[0]!.toUpperCase()}${field.slice(1)}`;
export const COMMENT_INPUT = "comment";

/** A row of the form as typed (strings, as Teams sends inputs back): kept as is when the card is shown again with errors. */
export interface NeedRow {
  area: string;
  audience: string;
  format: string;
  participants: string;
  note: string;
  /** A stated need: area and audience are its heading, not inputs; "Ta bort" removes it. */
  stated?: boolean;
  remove?: boolean;
}

/** The save action's data names the stated rows' area and audience: "it/staff". */
export const statedKey = (row: Pick<NeedRow, "area" | "audience">) => `${row.area}/${row.audience}`;

export interface NeedsForm {
  round: NeedsRoundView;
  answer: NeedsAnswerView;
  /** The other members the viewer is a contact of: a button each to answer for that one instead. */
  otherMembers: MemberChoice[];
  vocabulary: Pick<NeedsPort, "audiences" | "formats">;
  /** What the form shows; the answer's needs when left out. */
  rows?: NeedRow[];
  comment?: string;
  /** Lines above the form: saved, errors, someone else's change. */
  notices?: { text: string; color?: "Attention" | "Good" | "Warning" }[];
}

const label = (items: Labelled[], id: string, lang: Lang) => {
  const found = items.find((i) => i.id === id);
  return found ? found[lang] : id;
};
const introOf = (round: NeedsRoundView, lang: Lang) => (lang === "en" && round.intro.en ? round.intro.en : round.intro.sv);
const heading = (round: NeedsRoundView, lang: Lang): Element[] => [
  title(round.title),
  text(needsMessages[lang].roundSubtitle(round.period[lang], formatDay(round.deadline, lang)), { subtle: true }),
  ...(introOf(round, lang).trim() ? [text(introOf(round, lang))] : []),
];

/** The card sent to every recipient (and again as a reminder). Teams replaces it with the viewer's form at once. */
export function needsRoundCard(round: NeedsRoundView, lang: Lang, options: { reminder?: boolean } = {}): RefreshingCard {
  const m = needsMessages[lang];
  const data = { roundId: round.id };
  return {
    ...card([...heading(round, lang), ...(options.reminder ? [text(m.reminder(formatDay(round.deadline, lang)), { color: "Warning" })] : [])], [execute(m.answer, NEEDS_VIEW_VERB, data, "positive")]),
    refresh: { action: execute(m.refresh, NEEDS_VIEW_VERB, data) },
  };
}

export const rowOf = (need: NeedView): NeedRow => ({ area: need.area, audience: need.audience, format: need.format, participants: String(need.participants), note: need.note ?? "", stated: true });
const emptyRow: NeedRow = { area: "", audience: "", format: "", participants: "", note: "" };

/** The form as one viewer sees it: her member's answer (or what she typed), with room for a few more needs. */
export function needsFormCard(form: NeedsForm, lang: Lang): RefreshingCard {
  const m = needsMessages[lang];
  const { round, answer, vocabulary } = form;
  const typed = form.rows ?? answer.needs.map(rowOf);
  const stated = typed.filter((r) => r.stated);
  const added = typed.filter((r) => !r.stated);
  const room = Math.max(0, MAX_NEED_ROWS - stated.length);
  const rows = [...stated, ...added, ...Array.from({ length: Math.max(0, EXTRA_NEED_ROWS - added.length) }, () => emptyRow)].slice(0, stated.length + Math.max(room, added.length));
  const choices = (items: Labelled[]) => items.map((i) => ({ title: i[lang], value: i.id }));
  const choiceSet = (id: string, labelText: string, items: Labelled[], value: string, style: "compact" | "expanded", placeholder?: string): Element => ({
    type: "Input.ChoiceSet",
    id,
    label: labelText,
    style,
    choices: choices(items),
    ...(placeholder ? { placeholder } : {}),
    ...(value ? { value } : {}),
  });
  const rowElements = (row: NeedRow, i: number): Element => {
    const head: Element[] = row.stated
      ? [
          text(`${label(round.areas, row.area, lang)} · ${label(vocabulary.audiences, row.audience, lang)}`, { bold: true }),
          { type: "Input.Toggle", id: rowInput(i, "remove"), title: m.remove, ...(row.remove ? { value: "true" as const } : {}) },
        ]
      : [
          text(m.newNeed, { bold: true }),
          choiceSet(rowInput(i, "area"), m.area, round.areas, row.area, "compact", m.noArea),
          choiceSet(rowInput(i, "audience"), m.audience, vocabulary.audiences, row.audience, "expanded"),
        ];
    const participants = Number(row.participants);
    return {
      type: "Container",
      style: "emphasis",
      items: [
        ...head,
        choiceSet(rowInput(i, "format"), m.format, vocabulary.formats, row.format, "compact"),
        { type: "Input.Number", id: rowInput(i, "participants"), label: m.participants, min: 1, max: MAX_PARTICIPANTS, ...(row.participants && Number.isFinite(participants) ? { value: participants } : {}) },
        { type: "Input.Text", id: rowInput(i, "note"), label: m.note, maxLength: MAX_NOTE, ...(row.note ? { value: row.note } : {}) },
      ],
    };
  };
  const last = answer.lastChange;
  const comment = form.comment ?? answer.comment ?? "";
  const body: Element[] = [
    ...heading(round, lang),
    ...(form.notices ?? []).map((n) => text(n.text, n.color ? { color: n.color } : {})),
    text(m.answeringFor(answer.memberName)),
    text(last ? m.lastChange(last.name, formatWhen(last.at, lang)) : m.notAnswered, { subtle: true }),
    text(m.noNeedsHint, { subtle: true }),
    ...rows.map(rowElements),
    { type: "Input.Text", id: COMMENT_INPUT, label: m.comment, isMultiline: true, maxLength: MAX_COMMENT, ...(comment ? { value: comment } : {}) },
  ];
  const target = { roundId: round.id, memberId: answer.memberId };
  return {
    ...card(body, [
      execute(m.save, NEEDS_SAVE_VERB, { ...target, version: answer.version, stated: rows.filter((r) => r.stated).map(statedKey) }, "positive"),
      ...form.otherMembers.map((other) => execute(m.answerFor(other.name), NEEDS_VIEW_VERB, { roundId: round.id, memberId: other.id })),
    ]),
    refresh: { action: execute(m.refresh, NEEDS_VIEW_VERB, target) },
  };
}

/** One line per need: "IT, personal, på plats, 12". */
export function needsSummary(needs: NeedView[], round: NeedsRoundView, vocabulary: Pick<NeedsPort, "audiences" | "formats">, lang: Lang): string[] {
  return needs.map((n) => `${label(round.areas, n.area, lang)}, ${label(vocabulary.audiences, n.audience, lang).toLowerCase()}, ${label(vocabulary.formats, n.format, lang).toLowerCase()}, ${n.participants}`);
}

/** After the deadline: no inputs and no refresh, so Teams stops asking; the answers as they stand. */
export function needsClosedCard(round: NeedsRoundView, answers: NeedsAnswerView[], vocabulary: Pick<NeedsPort, "audiences" | "formats">, lang: Lang): AdaptiveCard {
  const m = needsMessages[lang];
  const closed = round.status === "draft" ? m.notOpen : m.closed(formatDay(round.deadline, lang));
  const answerFacts = answers.map((a) => facts([[a.memberName, needsSummary(a.needs, round, vocabulary, lang).join("; ") || (a.version > 0 ? m.nothing : m.notAnswered)]]));
  return card([title(round.title), text(closed, { color: "Warning" }), ...(answerFacts.length ? [text(m.savedAnswer, { subtle: true }), ...answerFacts] : [])]);
}

/** A contact of several members chooses which one she answers for. */
export function needsChooseMemberCard(round: NeedsRoundView, members: MemberChoice[], lang: Lang): RefreshingCard {
  const m = needsMessages[lang];
  return {
    ...card([...heading(round, lang), text(m.chooseMember)], members.map((member) => execute(m.answerFor(member.name), NEEDS_VIEW_VERB, { roundId: round.id, memberId: member.id }))),
    refresh: { action: execute(m.refresh, NEEDS_VIEW_VERB, { roundId: round.id }) },
  };
}

/** A card that only says something: the round is gone, or she is nobody's contact. */
export function needsNoticeCard(heading: string, message: string): AdaptiveCard {
  return card([title(heading), text(message, { color: "Warning" })]);
}

/** What the provider card says: the round, the area, and the coordinator who asked (older requests name none). */
export interface NeedsProviderRequestNotice {
  roundTitle: string;
  area: Labelled;
  askedBy?: { name: string; email: string };
}

/** To the contacts of the members that teach an area: can one of you give a course in it? With a chat with the one who asked. */
export function needsProviderRequestCard(request: NeedsProviderRequestNotice, lang: Lang): AdaptiveCard {
  const m = needsMessages[lang];
  const area = request.area[lang];
  const { askedBy } = request;
  const chat = askedBy ? [openUrl(m.providerChat(askedBy.name), teamsChatLink([askedBy.email]))] : [];
  return card([title(m.providerTitle(area)), text(m.providerText(request.roundTitle, area, askedBy?.name))], chat);
}
