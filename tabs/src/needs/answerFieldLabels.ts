// What an error's field is called in the answer form: "Behov 2, Antal deltagare" for the API's
// "needs.1.participants", so the error summary names the place a person can find.
import { useLocale, type MessageId } from "../i18n";

const ROW_FIELDS: Record<string, MessageId> = {
  area: "needs.field.area",
  audience: "needs.field.audience",
  format: "needs.field.format",
  participants: "needs.field.participants",
  note: "needs.field.note",
};

export function useAnswerFieldLabel(): (field: string) => string {
  const { t } = useLocale();
  return (field) => {
    const row = /^needs\.(\d+)\.(\w+)$/.exec(field);
    if (row && ROW_FIELDS[row[2]!]) return t("needs.answer.rowField", { n: Number(row[1]) + 1, field: t(ROW_FIELDS[row[2]!]!) });
    if (field === "comment") return t("needs.field.comment");
    if (field.startsWith("needs")) return t("needs.answer.needs");
    return field;
  };
}
