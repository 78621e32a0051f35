// A report table with a caption, column headers, the first cell of each row as its header, and
// a totals row. The first `textColumns` columns are text; the rest are numbers, right-aligned.
import styles from "./ReportTable.module.css";

interface Props {
  caption: string;
  columns: string[];
  rows: string[][];
  /** Left out where the rows do not add up to a total (a member counted in two sub-regions). */
  totals?: string[];
  textColumns?: number;
}

export function ReportTable({ caption, columns, rows, totals, textColumns = 1 }: Props) {
  return (
    <div className={styles.scroller}>
      <table className={styles.table}>
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th scope="col" key={c} className={i >= textColumns ? styles.number : undefined}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, i) =>
                i === 0 ? (
                  <th scope="row" key={i} className={styles.rowHeader}>
                    {cell}
                  </th>
                ) : (
                  <td key={i} className={i >= textColumns ? styles.number : undefined}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
        {totals && (
          <tfoot>
            <tr>
              {totals.map((cell, i) =>
                i === 0 ? (
                  <th scope="row" key={i}>
                    {cell}
                  </th>
                ) : (
                  <td key={i} className={styles.number}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
