/**
 * This file defines column detection for the sidebar: from a sheet's first rows, as
 * `Range.getValues()` returns them, it finds the header row, the role of each column (how sure
 * it is, so the user can correct it) and whether the sheet is a transaction log or a customer
 * table.
 */
import { isBlank } from './cell-value';
import {
  type ColumnRole,
  isSharedRole,
  missingRoles,
  rolesInShape,
  type Shape,
  shapeOfRoles,
} from './column-roles';
import { rolesFromValues } from './column-values';
import { findHeaderRow } from './header-row';
import { type HeaderMatch, matchHeader } from './header-words';

/** Where a column's role came from: its header, its values, or neither. */
export type RoleSource = 'header' | 'values' | 'none';

/** `high`: the header is a known word; `medium`: it contains one; `low`: a guess or nothing. */
export type Confidence = 'high' | 'medium' | 'low';

export interface DetectedColumn {
  /** 0-based column index. */
  readonly index: number;
  /** The header cell as plain text, trimmed; `""` without a header row. */
  readonly header: string;
  /** `null` for a column RFM does not use (region, industry) or could not place. */
  readonly role: ColumnRole | null;
  readonly source: RoleSource;
  readonly confidence: Confidence;
}

export interface ColumnDetection {
  /** 0-based index of the header row in the rows given, or `null` when there is none. */
  readonly headerRow: number | null;
  /** The shape the columns make, or `null` when neither is complete. */
  readonly shape: Shape | null;
  readonly columns: readonly DetectedColumn[];
  /** For each shape, the roles it still needs (see `missingRoles`); empty for `shape`. */
  readonly missing: Readonly<Record<Shape, readonly ColumnRole[]>>;
}

export interface DetectionOptions {
  /** The header row as the user set it (`null`: none), instead of finding it. */
  readonly headerRow?: number | null;
}

interface RoleClaim {
  readonly role: ColumnRole | null;
  readonly source: RoleSource;
  readonly confidence: Confidence;
}

const NO_CLAIM: RoleClaim = { role: null, source: 'none', confidence: 'low' };

/**
 * Detects the header row, each column's role and the sheet's shape.
 *
 * Roles come from headers first: each known role goes to the column whose header matches it
 * best (see `matchHeader`; ties to the leftmost), so no role is given twice, and a column whose
 * role another column won keeps none. Columns whose headers hold no known word (or all columns,
 * without a header row) are then guessed from the values below the header (see
 * `rolesFromValues`). Last, the shape is decided (see `shapeOfRoles`) and the columns are read
 * its way: in a customer table a "date" is the last purchase and "revenue" the monetary value.
 *
 * @param rows the sheet's first rows (a few hundred are plenty)
 * @throws {RangeError} when `options.headerRow` is neither `null` nor a row index
 * @example detectColumns([['Customer', 'Date', 'Amount'], ['Ann', '2024-03-05', 12.5], ['Ann', '2024-03-09', 8]]).shape //=> 'transactions'
 */
export function detectColumns(
  rows: readonly (readonly unknown[])[],
  options: DetectionOptions = {},
): ColumnDetection {
  const headerRow = options.headerRow === undefined ? findHeaderRow(rows) : options.headerRow;
  if (headerRow !== null && !(Number.isInteger(headerRow) && headerRow >= 0)) {
    throw new RangeError('detectColumns requires the header row to be a row index or null');
  }
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  const headerCells = headerRow === null ? [] : (rows[headerRow] ?? []);
  const headers = Array.from({ length: width }, (_, index) => cellText(headerCells[index]));
  const dataRows = rows
    .slice(headerRow === null ? 0 : headerRow + 1)
    .filter((row) => row.some((cell) => !isBlank(cell)));
  const columnCells = headers.map((_, index) => dataRows.map((row) => row[index]));

  const matches = headers.map(matchHeader);
  const claims = claimsFromHeaders(matches);
  const guesses = rolesFromValues(
    columnCells.map((cells, index) => (matches[index] === null ? cells : null)),
    new Set(claims.map(({ role }) => role).filter((role) => role !== null)),
  );
  const found = claims.map(
    (claim, index): RoleClaim =>
      guesses[index] ? { role: guesses[index], source: 'values', confidence: 'low' } : claim,
  );

  const roles = found.map(({ role }) => role);
  const customerIndex = roles.indexOf('customer');
  const customerRepeats = customerIndex >= 0 && hasRepeats(columnCells[customerIndex] ?? []);
  const shape = shapeOfRoles(roles, customerRepeats);
  const finalRoles = shape === null ? roles : rolesInShape(shape, roles);
  const missingIn = (inShape: Shape) =>
    missingRoles(inShape, new Set(rolesInShape(inShape, roles)));
  return {
    headerRow,
    shape,
    columns: found.map((claim, index) => ({
      index,
      header: headers[index] ?? '',
      ...claim,
      role: finalRoles[index] ?? null,
    })),
    missing: { transactions: missingIn('transactions'), customers: missingIn('customers') },
  };
}

/**
 * Each role to its best-matching column, strongest first, ties to the leftmost. A name column
 * ("Name", "客户名称") names the customer too: it is the customer column unless a column whose
 * header names the customer at least as surely ("Customer ID", "客户编号") took that role first,
 * and then it is the name beside it — so a sheet whose only customer column is a name keeps it.
 */
function claimsFromHeaders(matches: readonly (HeaderMatch | null)[]): RoleClaim[] {
  const claims: RoleClaim[] = matches.map((match) =>
    match?.role === null
      ? { role: null, source: 'header', confidence: confidenceOf(match) }
      : NO_CLAIM,
  );
  // at equal strength a customer header comes before a name header, wherever they stand
  const nameLast = (match: HeaderMatch) => (match.role === 'name' ? 1 : 0);
  const byStrength = matches
    .flatMap((match, index) => (match?.role ? [{ match, index }] : []))
    .sort(
      (a, b) =>
        b.match.strength - a.match.strength ||
        nameLast(a.match) - nameLast(b.match) ||
        a.index - b.index,
    );
  const taken = new Set<ColumnRole>();
  for (const { match, index } of byStrength) {
    const role = match.role === 'name' && !taken.has('customer') ? 'customer' : match.role;
    if (role === null || taken.has(role)) continue;
    if (!isSharedRole(role)) taken.add(role);
    claims[index] = { role, source: 'header', confidence: confidenceOf(match) };
  }
  return claims;
}

function confidenceOf(match: HeaderMatch): Confidence {
  return match.exact ? 'high' : 'medium';
}

/** A cell as trimmed plain text: header text is data, shown as text, never as markup. */
function cellText(cell: unknown): string {
  return isBlank(cell) ? '' : String(cell).trim();
}

/** Whether some value appears in two rows (blanks aside). */
function hasRepeats(cells: readonly unknown[]): boolean {
  const seen = new Set<string>();
  for (const cell of cells) {
    if (isBlank(cell)) continue;
    const key = cellText(cell);
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}
