// XLSX with exceljs: one sheet per table, a bold frozen header row, numbers as numbers.
import type { Table } from "../domain/catalogue/exportTables.js";
import { fileText } from "./fileText.js";

export async function toXlsx(tables: readonly Table[]): Promise<Uint8Array> {
  // Imported on the first export: exceljs and its zip libraries are a large share of the bundle,
  // and no cold start should pay for them.
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Campus Westum";
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.addRow(table.columns).font = { bold: true };
    // Text cells are written as text, never as formulas (exceljs makes a formula only of { formula });
    // fileText removes what XML cannot hold.
    for (const row of table.rows) sheet.addRow(row.map((cell) => (typeof cell === "string" ? fileText(cell) : cell)));
    sheet.columns.forEach((column, i) => {
      const widest = Math.max(...[table.columns[i], ...table.rows.map((r) => r[i])].map((c) => String(c ?? "").length));
      column.width = Math.min(60, Math.max(8, widest + 2));
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
