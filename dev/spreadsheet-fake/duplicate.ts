/**
 * This file defines how the fake duplicates a sheet, as Sheets' "Duplicate" and
 * `Spreadsheet.duplicateActiveSheet()` do: a new sheet (new id, "Copy of …") right after the
 * original, with its cells, formats, frozen rows, conditional-format rules and developer
 * metadata and charts — the metadata too, which is why an add-on cannot tell its own sheet from a user's
 * copy by a marker alone. Protections are not copied.
 */
import { copyCharts } from './chart';
import type { MetadataLocation } from './developer-metadata';
import type { Layer } from './layer';
import { newSheet, type SheetModel } from './workbook-model';

/** Inserts a copy of `source` after it and returns the copy. */
export function duplicateSheet(source: SheetModel): SheetModel {
  const { workbook } = source;
  const copy = newSheet(workbook, freeCopyName(source));
  copy.maxRows = source.maxRows;
  copy.maxColumns = source.maxColumns;
  copy.frozenRows = source.frozenRows;
  for (const name of Object.keys(source.cells) as (keyof typeof source.cells)[]) {
    const target = copy.cells[name] as Layer<unknown>;
    for (const [row, column, content] of source.cells[name].cells())
      target.set(row, column, content);
  }
  copy.rules = source.rules.map((rule) => ({
    ...rule,
    ranges: rule.ranges.map((range) => ({ ...range, sheet: copy })),
  }));
  copy.metadata = source.metadata.map((metadata) => ({
    ...metadata,
    id: workbook.nextMetadataId++,
    location: { ...metadata.location, sheet: copy } as MetadataLocation,
  }));
  copy.filter = source.filter;
  copy.filterCriteria = new Map(source.filterCriteria);
  copy.charts = copyCharts(source, copy);
  workbook.sheets.splice(workbook.sheets.indexOf(source) + 1, 0, copy);
  return copy;
}

/** `Copy of Orders`, then `Copy of Orders 2` …, as Sheets names duplicates. */
function freeCopyName(source: SheetModel): string {
  const taken = new Set(source.workbook.sheets.map((sheet) => sheet.name.toLowerCase()));
  const base = `Copy of ${source.name}`;
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} ${n}`;
  return name;
}
