// XLSX with exceljs: one sheet per table, a bold frozen header row, numbers as numbers.
// Written with exceljs's streaming writer, which compresses through Node's zlib off the main thread,
// yielding between batches of rows: the buffered writer held the event loop for about 70 ms on a
// needs round's results (41 members × 20 needs) and longer on bigger reports (docs/performance.md).
import { PassThrough } from "node:stream";
import { finished } from "node:stream/promises";
import type { Table } from "../domain/catalogue/exportTables.js";
import { fileText } from "./fileText.js";

/** Rows written between two yields to the event loop. */
const ROWS_PER_TURN = 100;

export async function toXlsx(tables: readonly Table[]): Promise<Uint8Array> {
  // Imported on the first export: exceljs and its zip libraries are a large share of the bundle,
  // and no cold start should pay for them.
  const { default: ExcelJS } = await import("exceljs");
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  // The last chunks are read after the writer's commit resolves (on the stream's "finish").
  const read = finished(stream);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = "Campus Westum";
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
    // A streamed sheet's columns are written before its first row, so the widths come first.
    sheet.columns = table.columns.map((_, i) => {
      const widest = Math.max(...[table.columns[i], ...table.rows.map((r) => r[i])].map((c) => String(c ?? "").length));
      return { width: Math.min(60, Math.max(8, widest + 2)) };
    });
    const header = sheet.addRow(table.columns);
    header.font = { bold: true };
    header.commit();
    let written = 0;
    for (const row of table.rows) {
      // Text cells are written as text, never as formulas (exceljs makes a formula only of { formula });
      // fileText removes what XML cannot hold.
      sheet.addRow(row.map((cell) => (typeof cell === "string" ? fileText(cell) : cell))).commit();
      if (++written % ROWS_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    sheet.commit();
  }
  await workbook.commit();
  await read;
  return new Uint8Array(Buffer.concat(chunks));
}
