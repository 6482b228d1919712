/**
 * This file defines a sheet's basic filter: present or not, over a range that moves with inserted
 * and deleted rows and columns, with criteria per column that hide rows. A criterion keeps rows by
 * the text a cell shows: hidden values, visible values, or one condition (empty, not empty, text
 * equal to, contains, starts or ends with). The filter's first row is its header, never hidden.
 */
import { displayText } from './cell-input';
import { BooleanCriteria, member } from './enums';
import { fakeService } from './fake-service';
import { type Shift, shiftGrid, shiftSpan } from './grid-range';
import { Handles } from './handles';
import { fakeRange } from './range';
import { exception } from './realm';
import type { SheetModel } from './workbook-model';

type FilterCriteria = GoogleAppsScript.Spreadsheet.FilterCriteria;
type FilterCriteriaBuilder = GoogleAppsScript.Spreadsheet.FilterCriteriaBuilder;

/** The conditions the fake evaluates, by their `BooleanCriteria` names. */
const CONDITIONS = {
  CELL_EMPTY: (text: string) => text === '',
  CELL_NOT_EMPTY: (text: string) => text !== '',
  TEXT_EQUAL_TO: (text: string, [value]: readonly unknown[]) => text === String(value),
  TEXT_CONTAINS: (text: string, [value]: readonly unknown[]) =>
    text.toLowerCase().includes(String(value).toLowerCase()),
  TEXT_STARTS_WITH: (text: string, [value]: readonly unknown[]) =>
    text.toLowerCase().startsWith(String(value).toLowerCase()),
  TEXT_ENDS_WITH: (text: string, [value]: readonly unknown[]) =>
    text.toLowerCase().endsWith(String(value).toLowerCase()),
} as const;
type ConditionName = keyof typeof CONDITIONS;

export interface CriteriaModel {
  readonly hiddenValues: readonly string[];
  readonly visibleValues: readonly string[];
  readonly condition: { readonly name: ConditionName; readonly values: readonly unknown[] } | null;
}

const EMPTY: CriteriaModel = { hiddenValues: [], visibleValues: [], condition: null };

const criteriaHandles = new Handles<CriteriaModel>('FilterCriteria');

export function fakeFilter(sheet: SheetModel): GoogleAppsScript.Spreadsheet.Filter {
  const { realm } = sheet.workbook;
  const range = () => {
    if (sheet.filter === null) throw exception(realm, 'fake: this filter was removed');
    return sheet.filter;
  };
  /** The 1-based sheet column of a filter's column, checked to lie in its range. */
  const inRange = (column: number) => {
    const { column: first, numColumns } = range();
    if (!Number.isInteger(column) || column < first || column >= first + numColumns)
      throw exception(realm, 'The column is out of the range of the filter.');
    return column;
  };
  const filter: GoogleAppsScript.Spreadsheet.Filter =
    fakeService<GoogleAppsScript.Spreadsheet.Filter>(
      'Filter',
      {
        getRange: () => fakeRange({ sheet, grid: range() }),
        remove: () => {
          sheet.filter = null;
          sheet.filterCriteria.clear();
        },
        getColumnFilterCriteria: (column: number) => {
          const criteria = sheet.filterCriteria.get(inRange(column));
          return criteria ? fakeCriteria(sheet, criteria) : null;
        },
        setColumnFilterCriteria: (column: number, criteria: FilterCriteria | null) => {
          inRange(column);
          if (criteria === null) sheet.filterCriteria.delete(column);
          else sheet.filterCriteria.set(column, criteriaHandles.modelOf(criteria));
          return filter;
        },
        removeColumnFilterCriteria: (column: number) => {
          sheet.filterCriteria.delete(inRange(column));
          return filter;
        },
      },
      sheet.workbook.calls,
    );
  return filter;
}

/** `SpreadsheetApp.newFilterCriteria()`, or `FilterCriteria.copy()` from a criterion. */
export function fakeCriteriaBuilder(
  sheet: Pick<SheetModel, 'workbook'>,
  from: CriteriaModel = EMPTY,
): FilterCriteriaBuilder {
  let state = from;
  const change =
    <Args extends unknown[]>(apply: (...args: Args) => CriteriaModel) =>
    (...args: Args): FilterCriteriaBuilder => {
      state = apply(...args);
      return builder;
    };
  const when = (name: ConditionName) =>
    change((...values: unknown[]) => ({ ...state, condition: { name, values } }));
  const builder: FilterCriteriaBuilder = fakeService<FilterCriteriaBuilder>(
    'FilterCriteriaBuilder',
    {
      setHiddenValues: change((values: string[]) => ({ ...state, hiddenValues: [...values] })),
      setVisibleValues: change((values: string[]) => ({ ...state, visibleValues: [...values] })),
      whenCellEmpty: when('CELL_EMPTY'),
      whenCellNotEmpty: when('CELL_NOT_EMPTY'),
      whenTextEqualTo: when('TEXT_EQUAL_TO'),
      whenTextContains: when('TEXT_CONTAINS'),
      whenTextStartsWith: when('TEXT_STARTS_WITH'),
      whenTextEndsWith: when('TEXT_ENDS_WITH'),
      getHiddenValues: () => [...state.hiddenValues],
      getVisibleValues: () => [...state.visibleValues],
      copy: () => fakeCriteriaBuilder(sheet, state),
      build: () => fakeCriteria(sheet, state),
    },
    sheet.workbook.calls,
  );
  return builder;
}

function fakeCriteria(sheet: Pick<SheetModel, 'workbook'>, model: CriteriaModel): FilterCriteria {
  const criteria = fakeService<FilterCriteria>(
    'FilterCriteria',
    {
      getHiddenValues: () => [...model.hiddenValues],
      getVisibleValues: () => [...model.visibleValues],
      getCriteriaType: () =>
        (model.condition
          ? member(BooleanCriteria, model.condition.name)
          : null) as unknown as GoogleAppsScript.Spreadsheet.BooleanCriteria,
      getCriteriaValues: () => [...(model.condition?.values ?? [])],
      copy: () => fakeCriteriaBuilder(sheet, model),
    },
    sheet.workbook.calls,
  );
  return criteriaHandles.register(criteria, model);
}

/** Whether a criterion keeps a cell showing `text`. */
function keeps(criteria: CriteriaModel, text: string): boolean {
  if (criteria.hiddenValues.includes(text)) return false;
  if (criteria.visibleValues.length > 0 && !criteria.visibleValues.includes(text)) return false;
  const { condition } = criteria;
  return condition === null || CONDITIONS[condition.name](text, condition.values);
}

/** Whether the sheet's filter hides 1-based row `row`, as `Sheet.isRowHiddenByFilter` says. */
export function isRowHiddenByFilter(sheet: SheetModel, row: number): boolean {
  const { filter } = sheet;
  if (filter === null || sheet.filterCriteria.size === 0) return false;
  if (row <= filter.row || row >= filter.row + filter.numRows) return false;
  for (const [column, criteria] of sheet.filterCriteria) {
    const text = displayText(sheet.cells.value.get(row - 1, column - 1), sheet.workbook.timeZone);
    if (!keeps(criteria, text)) return true;
  }
  return false;
}

export function shiftFilter(sheet: SheetModel, shift: Shift): void {
  if (!sheet.filter) return;
  sheet.filter = shiftGrid(sheet.filter, shift);
  if (shift.dimension !== 'COLUMNS') return;
  const moved = new Map<number, CriteriaModel>();
  for (const [column, criteria] of sheet.filterCriteria) {
    const span = shiftSpan({ start: column, length: 1 }, shift);
    if (span) moved.set(span.start, criteria);
  }
  sheet.filterCriteria = moved;
}

/** The criteria as plain data, for snapshots: `{ C: { hiddenValues: [...] } }`. */
export function criteriaSnapshot(sheet: SheetModel): Record<number, CriteriaModel> {
  return Object.fromEntries(sheet.filterCriteria);
}
