// XLSX with exceljs: one sheet per table, a bold frozen header row, numbers as numbers.
import type { Table } from "../domain/catalogue/exportTables.js";

export async function toXlsx(tables: readonly Table[]): Promise<Uint8Array> {
  // Imported on the first export: exceljs and its zip libraries are a large share of the bundle,
  // and no cold start should pay for them.
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Campus Westum";
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.addRow(table.columns).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row);
    sheet.columns.forEach((column, i) => {
      const widest = Math.max(...[table.columns[i], ...table.rows.map((r) => r[i])].map((c) => String(c ?? "").length));
      column.width = Math.min(60, Math.max(8, widest + 2));
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
