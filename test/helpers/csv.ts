/**
 * This file defines a small RFC 4180 CSV reader for the test fixtures (quoted fields, doubled
 * quotes, commas inside quotes, CRLF).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Rows of a CSV text, header included. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** A fixture in test/fixtures as rows of text, header row included, as a sheet would hold it. */
export function readFixtureRows(name: string): string[][] {
  return parseCsv(
    readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), 'utf8'),
  );
}

/** A fixture in test/fixtures as records keyed by header. */
export function readFixture(name: string): Record<string, string>[] {
  const [header = [], ...rows] = readFixtureRows(name);
  return rows.map((cells) =>
    Object.fromEntries(header.map((column, i) => [column, cells[i] ?? ''])),
  );
}
