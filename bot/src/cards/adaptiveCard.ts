// Adaptive Card 1.5 building blocks: small typed constructors for the few elements the bot's
// cards use. Cards are plain JSON, built by pure functions and tested as JSON.
export type Element =
  | { type: "TextBlock"; text: string; wrap: true; size?: "Small" | "Medium" | "Large"; weight?: "Bolder"; isSubtle?: boolean; color?: "Attention" | "Good" | "Warning" }
  | { type: "Input.Toggle"; id: string; title: string; value?: "true" | "false" }
  | { type: "FactSet"; facts: { title: string; value: string }[] }
  | { type: "Container"; items: Element[]; style?: "emphasis" | "good" | "attention" }
  | {
      type: "Input.ChoiceSet";
      id: string;
      label: string;
      choices: { title: string; value: string }[];
      /** "filtered": Teams' static typeahead, the choices narrowed as she types. */
      style?: "compact" | "expanded" | "filtered";
      isRequired?: boolean;
      errorMessage?: string;
      value?: string;
      placeholder?: string;
    }
  | { type: "Input.Text"; id: string; label: string; value?: string; maxLength?: number; isMultiline?: boolean; placeholder?: string }
  | { type: "Input.Number"; id: string; label: string; value?: number; min?: number; max?: number; placeholder?: string };

export type Action =
  | { type: "Action.Execute"; title: string; verb: string; data: Record<string, unknown>; style?: "positive" | "destructive" }
  | { type: "Action.OpenUrl"; title: string; url: string };

export interface AdaptiveCard {
  type: "AdaptiveCard";
  $schema: "http://adaptivecards.io/schemas/adaptive-card.json";
  version: "1.5";
  body: Element[];
  actions?: Action[];
}

export const card = (body: Element[], actions: Action[] = []): AdaptiveCard => ({
  type: "AdaptiveCard",
  $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
  version: "1.5",
  body,
  ...(actions.length ? { actions } : {}),
});

export const title = (text: string): Element => ({ type: "TextBlock", text, wrap: true, size: "Medium", weight: "Bolder" });
export const text = (value: string, options: { subtle?: boolean; bold?: boolean; color?: "Attention" | "Good" | "Warning" } = {}): Element => ({
  type: "TextBlock",
  text: value,
  wrap: true,
  ...(options.subtle ? { isSubtle: true } : {}),
  ...(options.bold ? { weight: "Bolder" as const } : {}),
  ...(options.color ? { color: options.color } : {}),
});
export const facts = (pairs: [string, string][]): Element => ({ type: "FactSet", facts: pairs.map(([t, v]) => ({ title: t, value: v })) });
/** One choice of a list, searchable by typing (Teams' static typeahead: Input.ChoiceSet style "filtered"), required. */
export const searchableChoice = (id: string, label: string, choices: { title: string; value: string }[], errorMessage: string): Element => ({
  type: "Input.ChoiceSet",
  id,
  label,
  choices,
  style: "filtered",
  isRequired: true,
  errorMessage,
});
export const execute = (titleText: string, verb: string, data: Record<string, unknown>, style?: "positive" | "destructive"): Action => ({
  type: "Action.Execute",
  title: titleText,
  verb,
  data,
  ...(style ? { style } : {}),
});
export const openUrl = (titleText: string, url: string): Action => ({ type: "Action.OpenUrl", title: titleText, url });

/** A Teams deep link that opens a chat with these people (by their e-mail, their user principal name). */
export const teamsChatLink = (emails: readonly string[]): string => `https://teams.microsoft.com/l/chat/0/0?users=${emails.map(encodeURIComponent).join(",")}`;
