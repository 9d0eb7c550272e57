/**
 * The rows a chart draws, as a reader downloads them ("get the data"): one table per scene and
 * edition, built from the same loaders the chart uses, so the CSV can never disagree with it.
 */
export interface DataTable {
  columns: string[];
  rows: (string | number)[][];
}

const cell = (value: string | number) => {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** CSV with a byte-order mark, so that Excel opens Chinese text as UTF-8. */
export function toCsv(table: DataTable): string {
  return '\uFEFF' + [table.columns, ...table.rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
