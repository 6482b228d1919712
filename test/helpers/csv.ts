/**
 * This file defines how tests read the fixtures in test/fixtures, with the shared CSV reader.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCsv } from '../../dev/csv';

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
