/**
 * This file defines how the models' inputs are read from cells: frequency (repeat purchases),
 * recency and T, and mean repeat spend — either as separate columns, or as one summary table
 * with its header row (the output of =BTYD_SUMMARY, pasted or nested, or lifetimes' columns),
 * so that `=P_ALIVE(BTYD_SUMMARY(A2:A, B2:B, C2:C))` works in one formula.
 */
import type { SummaryColumn } from '../../core/btyd/summary-columns';
import { isBlank, readCount, readNumber } from '../../core/cell-value';
import { alignedColumns, BLANK_COLUMN, hasHeaderRow, type NamedRange } from '../columns';
import { InputError } from '../input-error';
import { readCell } from '../read-cell';
import { splitArguments, summaryTableColumns } from './summary-table';

/** What a model reads: the purchase process (recency, T), the spend, or both. */
export interface HistoryNeeds {
  readonly purchases: boolean;
  readonly spend: boolean;
}

/** The customers of the filled rows, and where they sit in the input. */
export interface HistoryRows {
  /** Input rows, a header row and blank rows included: the output has as many. */
  readonly rowCount: number;
  /** 0-based indexes of the rows that hold a customer. */
  readonly filledRows: number[];
  readonly header: boolean;
  readonly frequency: number[];
  readonly recency: number[];
  readonly T: number[];
  /** Mean spend per repeat purchase; 0 where spend is not read. */
  readonly monetary: number[];
}

/** A model function's arguments: its customers, and the options after their columns. */
export interface ModelArguments {
  readonly history: HistoryRows;
  /** The arguments after the columns, such as periods; blank where left out. */
  readonly options: readonly unknown[];
}

/**
 * Reads a model function's customers, from columns or a summary table, and its options.
 *
 * @param optionCount how many options the function takes after the columns
 * @throws {InputError} as readHistory, and for more options than the function takes
 */
export function readModelArguments(
  args: readonly unknown[],
  needs: HistoryNeeds,
  optionCount = 0,
): ModelArguments {
  const wanted: SummaryColumn[] = [
    'frequency',
    ...(needs.purchases ? (['recency', 'T'] as const) : []),
    ...(needs.spend ? (['monetary'] as const) : []),
  ];
  const { table, columns, options } = splitArguments(args, wanted.length, optionCount);
  const ranges = table
    ? summaryTableColumns(table, wanted, 'frequency')
    : wanted.map((argument, i) => ({ argument, value: columns[i] }));
  return { history: readHistory(ranges, table !== undefined, needs), options };
}

/**
 * Reads and checks the model inputs; rows blank in every column are skipped.
 *
 * @throws {InputError} for a value that is not a whole, non-negative frequency, a recency
 *   beyond T or without a repeat purchase, a T that is not above 0, or a negative spend
 */
function readHistory(
  ranges: readonly NamedRange[],
  tableHeader: boolean,
  needs: HistoryNeeds,
): HistoryRows {
  const { rowCount, cells } = alignedColumns(ranges);
  const [frequencyCells = BLANK_COLUMN, ...others] = cells;
  const recencyCells = needs.purchases ? (others.shift() ?? BLANK_COLUMN) : BLANK_COLUMN;
  const ageCells = needs.purchases ? (others.shift() ?? BLANK_COLUMN) : BLANK_COLUMN;
  const monetaryCells = needs.spend ? (others.shift() ?? BLANK_COLUMN) : BLANK_COLUMN;
  const name = (index: number) => ranges[index]?.argument ?? '';
  const [frequencyName, recencyName, ageName] = [name(0), name(1), name(2)];
  const monetaryName = name(needs.purchases ? 3 : 1);
  const header = tableHeader || hasHeaderRow(cells);
  const rows: HistoryRows = {
    rowCount,
    filledRows: [],
    header,
    frequency: [],
    recency: [],
    T: [],
    monetary: [],
  };
  for (let row = header ? 1 : 0; row < rowCount; row++) {
    const frequencyCell = frequencyCells.at(row);
    const recencyCell = recencyCells.at(row);
    const ageCell = ageCells.at(row);
    const monetaryCell = monetaryCells.at(row);
    if ([frequencyCell, recencyCell, ageCell, monetaryCell].every(isBlank)) continue;
    const place = (argument: string, value: unknown) => ({ argument, row: row + 1, value });
    const frequency = readCell(frequencyName, row, frequencyCell, readCount);
    if (frequency === null) throw new InputError({ kind: 'blank-value' }, place(frequencyName, ''));
    if (frequency < 0)
      throw new InputError({ kind: 'negative' }, place(frequencyName, frequencyCell));
    if (!Number.isInteger(frequency))
      throw new InputError({ kind: 'not-whole' }, place(frequencyName, frequencyCell));
    rows.filledRows.push(row);
    rows.frequency.push(frequency);
    if (needs.purchases) {
      const age = readCell(ageName, row, ageCell, readNumber);
      if (age === null) throw new InputError({ kind: 'blank-value' }, place(ageName, ''));
      if (!(age > 0)) throw new InputError({ kind: 'not-positive' }, place(ageName, ageCell));
      const recency = readCell(recencyName, row, recencyCell, readNumber) ?? 0;
      if (recency < 0) throw new InputError({ kind: 'negative' }, place(recencyName, recencyCell));
      if (recency > age)
        throw new InputError({ kind: 'recency-beyond-age', age }, place(recencyName, recencyCell));
      if (frequency === 0 && recency > 0)
        throw new InputError({ kind: 'recency-without-repeat' }, place(recencyName, recencyCell));
      rows.recency.push(recency);
      rows.T.push(age);
    }
    if (needs.spend) {
      const spend = readCell(monetaryName, row, monetaryCell, readNumber);
      // a customer without a repeat purchase has no repeat spend: the model gives them its mean
      if (frequency > 0 && spend === null)
        throw new InputError({ kind: 'blank-value' }, place(monetaryName, ''));
      if (frequency > 0 && (spend as number) < 0)
        throw new InputError({ kind: 'negative' }, place(monetaryName, monetaryCell));
      rows.monetary.push(frequency > 0 ? (spend as number) : 0);
    }
  }
  return rows;
}
