/**
 * A strict reader for the CSV files journalists edit. d3-dsv forgives what a journalist needs to
 * hear about: it drops fields beyond the header (a text cut at an unquoted comma), pads short rows,
 * keeps a blank line as an empty row and reads a stray quote as text. Here each is an error.
 */

/** One record as written: its fields, and the file line it starts on (1-based). */
export interface CsvRecord {
  fields: string[];
  line: number;
}

/** A record that cannot be read. `row` counts the header as row 1, as a spreadsheet does. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly row: number,
    readonly line: number,
    problem: string,
  ) {
    super(problem);
    this.name = 'CsvSyntaxError';
  }
}

const QUOTE_ADVICE = 'put the whole field in double quotes and double each quote inside it: "He said ""yes"", then left"';

/** Splits CSV text into records (RFC 4180: `,` between fields, `"` around a field that holds , " or a line break). */
export function readCsvRecords(text: string): CsvRecord[] {
  const source = text.replace(/^\uFEFF/, '');
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  // Whether the current field began with a quote (and so may hold commas and line breaks).
  let quoted = false;
  const row = () => records.length + 1;
  const endRecord = () => {
    fields.push(field);
    records.push({ fields, line: recordLine });
    fields = [];
    field = '';
  };

  while (i < source.length) {
    const char = source[i];
    if (quoted) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        const next = source[i + 1];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
          throw new CsvSyntaxError(row(), line, `field ${fields.length + 1} has text after its closing quote; ${QUOTE_ADVICE}`);
        }
        i++;
        continue;
      }
      if (char === '\n') line++;
      field += char;
      i++;
      continue;
    }
    if (char === '"') {
      if (field !== '') throw new CsvSyntaxError(row(), line, `field ${fields.length + 1} has a quote inside unquoted text; ${QUOTE_ADVICE}`);
      quoted = true;
      i++;
      continue;
    }
    if (char === ',') {
      fields.push(field);
      field = '';
      i++;
      continue;
    }
    if (char === '\r' || char === '\n') {
      endRecord();
      i += char === '\r' && source[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    field += char;
    i++;
  }
  if (quoted) throw new CsvSyntaxError(row(), recordLine, `field ${fields.length + 1} opens a quote that is never closed; ${QUOTE_ADVICE}`);
  if (field !== '' || fields.length) endRecord();
  return records;
}

const isBlank = (record: CsvRecord) => record.fields.length === 1 && record.fields[0].trim() === '';

/**
 * Reads a table: a header, then rows with exactly as many fields as the header. Blank lines may end
 * the file, nowhere else. Returns one object per row (column → text) with its row and line.
 */
export function readCsvTable(text: string): { columns: string[]; rows: { cells: Record<string, string>; row: number; line: number }[] } {
  const records = readCsvRecords(text);
  while (records.length && isBlank(records.at(-1)!)) records.pop();
  if (!records.length) throw new CsvSyntaxError(1, 1, 'the file is empty: its first line must name the columns');
  const columns = records[0].fields.map((name) => name.trim());
  columns.forEach((name, i) => {
    if (!name) throw new CsvSyntaxError(1, 1, `column ${i + 1} of the header has no name`);
    if (columns.indexOf(name) !== i) throw new CsvSyntaxError(1, 1, `the header names the column "${name}" twice`);
  });
  const rows = records.slice(1).map((record, i) => {
    const row = i + 2;
    if (isBlank(record)) {
      throw new CsvSyntaxError(row, record.line, 'a blank line; delete it (only the end of the file may have blank lines)');
    }
    const count = record.fields.length;
    if (count > columns.length) {
      throw new CsvSyntaxError(
        row,
        record.line,
        `${count} fields but the header has ${columns.length}: after the last column (${columns.at(-1)}) comes "${record.fields[columns.length]}". ` +
          `A text with a comma must be in double quotes: "a quarter, roughly"`,
      );
    }
    if (count < columns.length) {
      throw new CsvSyntaxError(
        row,
        record.line,
        `${count} fields but the header has ${columns.length}: ${columns.slice(count).join(', ')} missing. Write an empty field as nothing between two commas`,
      );
    }
    return { cells: Object.fromEntries(columns.map((name, c) => [name, record.fields[c]])), row, line: record.line };
  });
  return { columns, rows };
}
