// A report table with a caption, column headers, the first cell of each row as its header, and
// a totals row.
import styles from "./ReportTable.module.css";

interface Props {
  caption: string;
  columns: string[];
  rows: string[][];
  totals: string[];
}

export function ReportTable({ caption, columns, rows, totals }: Props) {
  return (
    <div className={styles.scroller}>
      <table className={styles.table}>
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th scope="col" key={c} className={i > 0 ? styles.number : undefined}>
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
                  <td key={i} className={styles.number}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
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
      </table>
    </div>
  );
}
