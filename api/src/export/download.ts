// A table or workbook as an HTTP download.
import type { HttpResponseInit } from "@azure/functions";
import type { Table } from "../domain/catalogue/exportTables.js";
import type { Lang } from "../http/language.js";
import { toCsvSections } from "./csv.js";
import { toXlsx } from "./xlsx.js";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** XLSX has a sheet per table; CSV has them one after another, each under its name. */
export async function download(tables: Table[], format: "csv" | "xlsx", fileName: string, lang: Lang): Promise<HttpResponseInit> {
  const body = format === "csv" ? toCsvSections(tables, lang) : await toXlsx(tables);
  return {
    status: 200,
    headers: {
      "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : XLSX_TYPE,
      "Content-Disposition": `attachment; filename="${fileName}.${format}"`,
    },
    body,
  };
}
