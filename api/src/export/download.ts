// A table or workbook as an HTTP download.
import type { HttpResponseInit } from "@azure/functions";
import type { Table } from "../domain/catalogue/exportTables.js";
import type { Lang } from "../http/language.js";
import { toCsv } from "./csv.js";
import { toXlsx } from "./xlsx.js";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** CSV carries the first table only (a CSV file has one); XLSX carries them all. */
export async function download(tables: Table[], format: "csv" | "xlsx", fileName: string, lang: Lang): Promise<HttpResponseInit> {
  const body = format === "csv" ? toCsv(tables[0]!, lang) : await toXlsx(tables);
  return {
    status: 200,
    headers: {
      "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : XLSX_TYPE,
      "Content-Disposition": `attachment; filename="${fileName}.${format}"`,
    },
    body,
  };
}
