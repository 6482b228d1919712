/**
 * This file defines the sheet's columns by role as the readers take them: the column mapped to a
 * role, read in place from the rows below the header row, and named in messages by its header
 * and letter (`"金额" (C), cell C8`), so an error names the sheet cell with no renaming.
 */
import type { ColumnRole } from '../../core/column-roles';
import type { Language } from '../../core/labels';
import { CellColumn } from '../columns';
import type { ClassifySettings } from './api';
import { mappedColumn, requiredColumn } from './mapping';
import { headerText, type SheetTable } from './sheet-table';

/** The columns of one sheet under one mapping. */
export class SheetColumns {
  /** 1-based sheet row of the first data row. */
  readonly firstDataRow: number;

  constructor(
    private readonly table: SheetTable,
    private readonly settings: ClassifySettings,
    private readonly language: Language,
  ) {
    this.firstDataRow = (settings.headerRow ?? 0) + 1;
  }

  /** Data rows below the header row, blank ones included. */
  get rowCount(): number {
    return Math.max(0, this.table.values.length - this.firstDataRow + 1);
  }

  /** The 0-based sheet column mapped to a role, if any. */
  indexOf(role: ColumnRole): number | undefined {
    return mappedColumn(this.settings, role);
  }

  /** The 0-based sheet columns of a role several columns may play (group by), left to right. */
  indexesOf(role: ColumnRole): number[] {
    return this.settings.roles
      .filter((mapping) => mapping.role === role)
      .map(({ index }) => index)
      .sort((a, b) => a - b);
  }

  /**
   * The column mapped to a role (or its alternative), named `argument` for the readers.
   * @throws {SidebarError} asking to map the role
   */
  required(argument: string, role: ColumnRole, alternative?: ColumnRole): CellColumn {
    return this.at(argument, requiredColumn(this.settings, this.language, role, alternative));
  }

  /** The column mapped to a role, if any. */
  optional(argument: string, role: ColumnRole): CellColumn | undefined {
    const index = this.indexOf(role);
    return index === undefined ? undefined : this.at(argument, index);
  }

  /** The sheet's column at a 0-based index, from the first data row. */
  at(argument: string, index: number): CellColumn {
    return CellColumn.inSheet(argument, this.table.values, this.place(index));
  }

  /** Where a column is, for messages. */
  place(index: number) {
    return {
      header: headerText(this.table, this.settings.headerRow, index),
      column: index,
      firstRow: this.firstDataRow,
    };
  }
}
