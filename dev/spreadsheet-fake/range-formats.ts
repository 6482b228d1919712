/**
 * This file defines a range's formats, each as Apps Script offers it: one getter and setter for
 * the top-left cell or all cells (`getBackground`, `setBackground`) and one for a grid
 * (`getBackgrounds`, `setBackgrounds`); null resets a cell to the default. `clearFormat` resets
 * every format but the number format, as its documentation says.
 */
import { forEachCell } from './grid-range';
import { assertEditable } from './protection';
import { assertGridShape, type RangeModel } from './range';
import { FORMAT_DEFAULTS, type FormatName } from './workbook-model';

type Range = GoogleAppsScript.Spreadsheet.Range;

const METHODS = {
  numberFormat: ['getNumberFormat', 'getNumberFormats', 'setNumberFormat', 'setNumberFormats'],
  background: ['getBackground', 'getBackgrounds', 'setBackground', 'setBackgrounds'],
  fontColor: ['getFontColor', 'getFontColors', 'setFontColor', 'setFontColors'],
  fontWeight: ['getFontWeight', 'getFontWeights', 'setFontWeight', 'setFontWeights'],
} as const satisfies Record<FormatName, readonly (keyof Range)[]>;

/** The format methods of a range; `self` is the range, returned by setters for chaining. */
export function formatMethods(model: RangeModel, self: () => Range): Partial<Range> {
  const { sheet, grid } = model;
  const methods: Partial<Record<keyof Range, unknown>> = {
    clearFormat: () => {
      assertEditable(sheet, grid);
      for (const name of ['background', 'fontColor', 'fontWeight'] as const) {
        fill(model, name, () => FORMAT_DEFAULTS[name]);
      }
      return self();
    },
  };
  for (const [name, [getOne, getAll, setOne, setAll]] of Object.entries(METHODS)) {
    const format = name as FormatName;
    const layer = sheet.cells[format];
    methods[getOne] = () => layer.get(grid.row - 1, grid.column - 1);
    methods[getAll] = () => layer.read(grid, String);
    methods[setOne] = (value: unknown) => {
      assertEditable(sheet, grid);
      fill(model, format, () => normalised(format, value));
      return self();
    };
    methods[setAll] = (values: unknown) => {
      assertGridShape(model, values, setAll);
      assertEditable(sheet, grid);
      fill(model, format, (r, c) => normalised(format, values[r]?.[c]));
      return self();
    };
  }
  return methods as Partial<Range>;
}

function fill(
  { sheet, grid }: RangeModel,
  format: FormatName,
  value: (r: number, c: number) => string,
): void {
  const layer = sheet.cells[format];
  forEachCell(grid, (row, column, r, c) => layer.set(row, column, value(r, c)));
}

/** Colours as Sheets reports them: lower-case `#rrggbb`; null and undefined mean the default. */
function normalised(format: FormatName, value: unknown): string {
  if (value === null || value === undefined) return FORMAT_DEFAULTS[format];
  const text = String(value);
  if (format !== 'background' && format !== 'fontColor') return text;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(text);
  return (
    short ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` : text
  ).toLowerCase();
}
