// The shape of a SharePoint list definition (the data lives in infra/sharepoint/lists.ts):
// columns are Graph v1.0 columnDefinitions, except that a lookup names its target list by key.
// A multi-choice column is a choice column displayed as checkBoxes: Graph's choiceColumn has no
// other way to say it (allowTextEntry, choices, displayAs are all it has).
export type ListKey = "members" | "contacts" | "projects" | "courses" | "sessions" | "receivingSites" | "registrations" | "events" | "needsRounds" | "needs";

export interface ColumnDefinition {
  name: string;
  displayName: string;
  description?: string;
  required?: boolean;
  indexed?: boolean;
  enforceUniqueValues?: boolean;
  /** textType is set for every multi-line column: Graph does not document its default, and rich text would reach the app as HTML. */
  text?: { allowMultipleLines?: boolean; maxLength?: number; textType?: "plain" | "richText" };
  choice?: { choices: string[]; displayAs: "dropDownMenu" | "checkBoxes" | "radioButtons"; allowTextEntry?: boolean };
  boolean?: Record<string, never>;
  number?: { decimalPlaces?: "none" | "one" | "two" | "automatic"; minimum?: number; maximum?: number };
  dateTime?: { format: "dateOnly" | "dateTime"; displayAs?: "default" };
  lookup?: { list: ListKey; columnName: string; allowMultipleValues?: boolean };
}

export interface ListDefinition {
  key: ListKey;
  displayName: string;
  description: string;
  columns: ColumnDefinition[];
}
