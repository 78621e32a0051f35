// Column definitions as Graph v1.0 accepts them, and as it reads them back. Each rule names the
// page of Microsoft's documentation it follows; where the documentation is silent the stand-in
// is stricter than the service, never kinder, and says so.
//   columnDefinition: https://learn.microsoft.com/graph/api/resources/columndefinition
//     "The type-related properties (boolean, calculated, choice, currency, dateTime, lookup,
//     number, personOrGroup, text, term, hyperlinkOrPicture, thumbnail, and
//     contentApprovalStatus) are mutually exclusive; a column can only have one of them."
//   choiceColumn: .../resources/choicecolumn (allowTextEntry, choices, displayAs: "Must be one of
//     checkBoxes, dropDownMenu, or radioButtons"). It has no allowMultipleSelection: that
//     belongs to personOrGroupColumn. A multi-choice column is one displayed as checkBoxes.
//   textColumn: .../resources/textcolumn (textType "Must be one of plain or richText").
//   numberColumn, dateTimeColumn, lookupColumn: their resource pages, enumerations as listed.
// A property a type does not define is refused as Graph's OData reader refuses it: 400 with
// "The property 'x' does not exist on type 'microsoft.graph.y'".
import type { ColumnSpec } from "./model.js";

const COLUMN_PROPERTIES = ["name", "displayName", "description", "required", "indexed", "enforceUniqueValues", "hidden", "readOnly", "columnGroup", "defaultValue", "validation"];

/** Each type facet with its properties and, where the documentation lists them, the allowed values. */
const FACETS: Record<string, { type: string; properties: Record<string, readonly string[] | "any"> }> = {
  boolean: { type: "booleanColumn", properties: {} },
  calculated: { type: "calculatedColumn", properties: { format: ["date", "dateTime"], formula: "any", outputType: ["boolean", "currency", "dateTime", "number", "text"] } },
  choice: { type: "choiceColumn", properties: { allowTextEntry: "any", choices: "any", displayAs: ["checkBoxes", "dropDownMenu", "radioButtons"] } },
  currency: { type: "currencyColumn", properties: { locale: "any" } },
  dateTime: { type: "dateTimeColumn", properties: { displayAs: ["default", "friendly", "standard"], format: ["dateOnly", "dateTime"] } },
  lookup: { type: "lookupColumn", properties: { allowMultipleValues: "any", allowUnlimitedLength: "any", columnName: "any", listId: "any", primaryLookupColumnId: "any" } },
  number: { type: "numberColumn", properties: { decimalPlaces: ["automatic", "none", "one", "two", "three", "four", "five"], displayAs: ["number", "percentage"], maximum: "any", minimum: "any" } },
  personOrGroup: { type: "personOrGroupColumn", properties: { allowMultipleSelection: "any", chooseFromType: ["all", "peopleOnly"], displayAs: "any" } },
  text: { type: "textColumn", properties: { allowMultipleLines: "any", appendChangesToExistingText: "any", linesForEditing: "any", maxLength: "any", textType: ["plain", "richText"] } },
  hyperlinkOrPicture: { type: "hyperlinkOrPictureColumn", properties: { isPicture: "any" } },
  term: { type: "termColumn", properties: { allowMultipleValues: "any", showFullyQualifiedName: "any" } },
};

const notOnType = (property: string, type: string) =>
  `The property '${property}' does not exist on type 'microsoft.graph.${type}'. Make sure to only use property names that are defined by the type or mark the type as open type.`;

export const typeFacetOf = (column: object): string | undefined => Object.keys(FACETS).find((facet) => facet in column);

/**
 * Why Graph refuses this column definition (the 400 invalidRequest message), or undefined.
 * `listExists` checks a lookup's listId; `patch` allows a definition without name or type.
 */
export function columnProblem(column: Record<string, unknown>, listExists: (id: string) => boolean, patch = false): string | undefined {
  if (typeof column !== "object" || column === null) return "A column definition must be an object.";
  for (const key of Object.keys(column)) {
    if (!COLUMN_PROPERTIES.includes(key) && !(key in FACETS) && !key.startsWith("@odata.")) return notOnType(key, "columnDefinition");
  }
  if (!patch && (typeof column.name !== "string" || column.name.trim() === "")) return "The column name is required.";
  const facets = Object.keys(FACETS).filter((facet) => facet in column);
  if (facets.length > 1) return `A column can have only one type; this one has ${facets.join(" and ")}.`;
  // The documentation gives no default type: the stand-in refuses a column without one.
  if (facets.length === 0) return patch ? undefined : `The column '${String(column.name)}' has no type (one of ${Object.keys(FACETS).join(", ")}).`;
  const facet = facets[0]!;
  const settings = column[facet];
  if (typeof settings !== "object" || settings === null || Array.isArray(settings)) return `'${facet}' must be an object.`;
  const { type, properties } = FACETS[facet]!;
  for (const [key, value] of Object.entries(settings)) {
    const allowed = properties[key];
    if (!allowed) return notOnType(key, type);
    if (allowed !== "any" && !allowed.includes(value as string)) return `The value '${String(value)}' of ${type}.${key} is not valid; it must be one of ${allowed.join(", ")}.`;
  }
  return facetProblem(facet, settings as Record<string, unknown>, listExists);
}

function facetProblem(facet: string, settings: Record<string, unknown>, listExists: (id: string) => boolean): string | undefined {
  if (facet === "choice") {
    // SharePoint keeps no choice column without choices; the documentation does not say how
    // Graph answers one, so the stand-in refuses it.
    const choices = settings.choices;
    if (!Array.isArray(choices) || choices.length === 0) return "A choice column needs at least one choice.";
    if (choices.some((c) => typeof c !== "string" || c.trim() === "")) return "Every choice must be a non-empty text.";
    if (new Set(choices).size !== choices.length) return "The choices of a choice column must differ from each other.";
  }
  if (facet === "text" && settings.allowMultipleLines === true && settings.textType === undefined) {
    // Project rule, stricter than Graph: which textType the service picks for a multi-line
    // column is not documented, and rich text would reach the app as HTML.
    return "A multi-line text column must say its textType (plain or richText).";
  }
  if (facet === "lookup") {
    if (typeof settings.listId !== "string" || !listExists(settings.listId)) return `The lookup's listId '${String(settings.listId)}' names no list on this site.`;
    if (typeof settings.columnName !== "string" || settings.columnName === "") return "A lookup column needs the columnName of its source.";
  }
  return undefined;
}

/** A created column as Graph reads it back, with the defaults its documentation states (text: list-post-columns' example answer). */
export function storedColumn(column: ColumnSpec): ColumnSpec {
  const stored: ColumnSpec = { ...column, displayName: column.displayName ?? column.name, indexed: column.indexed ?? false, required: column.required ?? false, enforceUniqueValues: column.enforceUniqueValues ?? false, hidden: false, readOnly: false };
  if (column.text) stored.text = { allowMultipleLines: false, appendChangesToExistingText: false, linesForEditing: 0, maxLength: 255, ...(column.text as object) };
  // numberColumn: decimalPlaces "automatic: Default", displayAs "If unspecified, treated as number".
  if (column.number) stored.number = { decimalPlaces: "automatic", displayAs: "number", ...(column.number as object) };
  // dateTimeColumn: displayAs "If unspecified, treated as default".
  if (column.dateTime) stored.dateTime = { displayAs: "default", ...(column.dateTime as object) };
  return stored;
}
